using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// Expressions to nodes, in the order they run: the receiver and arguments of a call before the call, the branches
/// of ?: and ?? as decisions when they do something, throw expressions, and lambdas passed to calls.
/// </summary>
internal sealed class ExpressionReader(FlowContext context)
{
    public List<ProcessNode> ReadAll(IOperation? operation)
    {
        var output = new List<ProcessNode>();
        Read(operation, output);
        return output;
    }

    public void Read(IOperation? operation, List<ProcessNode> output)
    {
        switch (operation)
        {
            case null or IAnonymousFunctionOperation or IDelegateCreationOperation or ILocalFunctionOperation:
                // A lambda that is only stored (an event handler, a field) does not run here.
                return;
            case IInvocationOperation invocation:
                ReadInvocation(invocation, output);
                return;
            case IObjectCreationOperation creation:
                ReadCreation(creation, output);
                return;
            case IConditionalOperation conditional:
                ReadConditional(conditional, output);
                return;
            case ICoalesceOperation coalesce:
                ReadCoalesce(coalesce, output);
                return;
            case ISwitchExpressionOperation switchExpression:
                ReadSwitchExpression(switchExpression, output);
                return;
            case IThrowOperation throwOperation:
                ReadThrow(throwOperation, output);
                return;
            case IInvalidOperation invalid when invalid.Syntax is InvocationExpressionSyntax syntax:
                ReadUnresolvedCall(invalid, syntax, output);
                return;
            default:
                foreach (var child in operation.ChildOperations)
                {
                    Read(child, output);
                }

                return;
        }
    }

    private void ReadInvocation(IInvocationOperation invocation, List<ProcessNode> output)
    {
        if (context.Parallel.TryRead(invocation, output) || Waits.TryRead(invocation, output))
        {
            return;
        }

        if (Logging.IsLogCall(invocation.TargetMethod))
        {
            // The values logged are computed first, and may be work of their own (a count query).
            foreach (var argument in invocation.Arguments.Skip(invocation.TargetMethod.IsExtensionMethod ? 1 : 0))
            {
                Read(argument.Value, output);
            }

            if (context.Options.IncludeLogging)
            {
                output.Add(Logging.Node(invocation));
            }

            return;
        }

        var call = CallSite.From(invocation);
        if (invocation.Instance is not null)
        {
            Read(invocation.Instance, output);
        }

        var callbacks = new List<ProcessNode>();
        foreach (var argument in invocation.Arguments)
        {
            if (IsCallback(argument, out var callback))
            {
                callbacks.AddRange(ReadDelegate(callback));
            }
            else
            {
                Read(argument.Value, output);
            }
        }

        AddCall(call, callbacks, output);
    }

    private void ReadCreation(IObjectCreationOperation creation, List<ProcessNode> output)
    {
        foreach (var argument in creation.Arguments)
        {
            Read(argument.Value, output);
        }

        Read(creation.Initializer, output);
        if (CallSite.From(creation) is { } call && !context.Lookup.IsInSource(call.Method.ContainingType))
        {
            var effects = context.Effects.Classify(call).ToList();
            if (effects.Count > 0)
            {
                output.Add(new StepNode(CallLabels.Label(call, effects, isLibrary: true), CallLabels.Target(call), Display(call.Method),
                    CallExpansion.Library, null, [.. effects], [], call.Location));
            }
        }
    }

    /// <summary>Adds the step for a call: own code is followed, library code is kept when it does something visible.</summary>
    public void AddCall(CallSite call, List<ProcessNode> callbacks, List<ProcessNode> output, bool keepWhenPure = false)
    {
        var method = call.Method;
        var effects = context.Effects.Classify(call).ToList();
        var isLibrary = !context.Lookup.IsInSource(method.OriginalDefinition);
        if (isLibrary)
        {
            // LINQ's lambdas run as part of the surrounding flow; other callbacks (List.ForEach, a retry helper) stay under their call.
            var isLinq = TypeFacts.Is(method.ContainingType, "System.Linq", "Enumerable");
            var keep = effects.Count > 0 || (IsAwaitable(method.ReturnType) && !IsTaskFactoryHelper(method)) || (callbacks.Count > 0 && !isLinq) || context.Options.IncludeAllLibraryCalls;
            if (!keep)
            {
                output.AddRange(callbacks);
                return;
            }

            output.Add(new StepNode(CallLabels.Label(call, effects, isLibrary), CallLabels.Target(call), Display(method),
                CallExpansion.Library, null, [.. effects], [.. callbacks], call.Location));
            return;
        }

        var followed = context.Calls.Follow(method);
        if (!keepWhenPure && followed is { Expansion: CallExpansion.Followed, Steps.IsEmpty: true } && effects.Count == 0 && callbacks.Count == 0 && !IsAwaitable(method.ReturnType))
        {
            // The solution's own helper that does nothing the model shows.
            return;
        }

        output.Add(new StepNode(CallLabels.Label(call, effects, isLibrary), CallLabels.Target(call), Display(method),
            followed.Expansion, followed.Implementation, [.. effects], [.. followed.Steps, .. callbacks], call.Location));
    }

    /// <summary>
    /// What the work of a parallel strand runs. Work handed to another thread is worth a step even when it is the
    /// solution's own pure computation (<c>Task.Run(() => PlanMoves(...))</c>), which elsewhere is left out.
    /// </summary>
    public List<ProcessNode> ReadWork(IOperation value)
    {
        var steps = ReadDelegate(value);
        if (steps.Count > 0)
        {
            return steps;
        }

        var work = CodeText.Unwrap(value) switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda.Body,
            IAnonymousFunctionOperation lambda => lambda.Body,
            _ => null,
        };
        var call = work?.Descendants().OfType<IInvocationOperation>()
            .FirstOrDefault(invocation => context.Lookup.IsInSource(invocation.TargetMethod.OriginalDefinition));
        if (call is not null)
        {
            AddCall(CallSite.From(call), [], steps, keepWhenPure: true);
        }

        return steps;
    }

    /// <summary>What a delegate argument runs: a lambda's body, or a step for a method group.</summary>
    public List<ProcessNode> ReadDelegate(IOperation value)
    {
        switch (CodeText.Unwrap(value))
        {
            case IDelegateCreationOperation creation:
                return ReadDelegate(creation.Target);
            case IAnonymousFunctionOperation function:
                return context.Statements.ReadAll(function.Body);
            case IMethodReferenceOperation reference:
                var output = new List<ProcessNode>();
                AddCall(new CallSite(reference.Method, reference, reference.Instance, []), [], output, keepWhenPure: true);
                return output;
            default:
                return ReadAll(value);
        }
    }

    private static bool IsCallback(IArgumentOperation argument, out IOperation callback)
    {
        callback = argument.Value;
        var value = CodeText.Unwrap(argument.Value);
        var isDelegate = value is IAnonymousFunctionOperation or IDelegateCreationOperation or IMethodReferenceOperation;

        // Lambdas that become expression trees (EF queries, Hangfire job expressions) are data, not code that runs.
        var isExpressionTree = TypeFacts.Is(argument.Parameter?.Type, "System.Linq.Expressions", "Expression");
        return isDelegate && !isExpressionTree;
    }

    private void ReadConditional(IConditionalOperation conditional, List<ProcessNode> output)
    {
        Read(conditional.Condition, output);
        var whenTrue = ReadAll(conditional.WhenTrue);
        var whenFalse = ReadAll(conditional.WhenFalse);
        if (whenTrue.Count == 0 && whenFalse.Count == 0)
        {
            return;
        }

        output.Add(new DecisionNode(DecisionKind.Conditional, CodeText.Of(conditional.Condition),
            [new ProcessBranch("then", [.. whenTrue]), new ProcessBranch("else", [.. whenFalse])], CodeText.Position(conditional)));
    }

    private void ReadCoalesce(ICoalesceOperation coalesce, List<ProcessNode> output)
    {
        Read(coalesce.Value, output);
        var whenNull = ReadAll(coalesce.WhenNull);
        if (whenNull.Count > 0)
        {
            output.Add(new DecisionNode(DecisionKind.Coalesce, CodeText.Of(coalesce.Value) + " is null",
                [new ProcessBranch("then", [.. whenNull])], CodeText.Position(coalesce)));
        }
    }

    private void ReadSwitchExpression(ISwitchExpressionOperation switchExpression, List<ProcessNode> output)
    {
        Read(switchExpression.Value, output);
        var branches = switchExpression.Arms
            .Select(arm => new ProcessBranch(
                CodeText.Of(arm.Pattern) + (arm.Guard is null ? string.Empty : " when " + CodeText.Of(arm.Guard)),
                [.. ReadAll(arm.Value)]))
            .ToList();
        if (branches.Any(branch => branch.Steps.Length > 0))
        {
            output.Add(new DecisionNode(DecisionKind.SwitchExpression, CodeText.Of(switchExpression.Value), [.. branches], CodeText.Position(switchExpression)));
        }
    }

    private void ReadThrow(IThrowOperation throwOperation, List<ProcessNode> output)
    {
        if (throwOperation.Exception is IObjectCreationOperation creation)
        {
            foreach (var argument in creation.Arguments)
            {
                Read(argument.Value, output);
            }
        }
        else
        {
            Read(throwOperation.Exception, output);
        }

        var exception = throwOperation.Exception is null ? null : CodeText.Unwrap(throwOperation.Exception);
        output.Add(new ThrowNode(
            exception?.Type?.Name,
            exception is null ? "throw" : CodeText.Of(exception),
            CodeText.Position(throwOperation)));
    }

    private void ReadUnresolvedCall(IInvalidOperation invalid, InvocationExpressionSyntax syntax, List<ProcessNode> output)
    {
        foreach (var child in invalid.ChildOperations)
        {
            Read(child, output);
        }

        var name = syntax.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => syntax.Expression.ToString(),
        };
        output.Add(new StepNode(CallLabels.Humanise(name), CodeText.Of(syntax.Expression), null, CallExpansion.Unresolved, null, [], [], CodeText.Position(syntax)));
    }

    /// <summary>Task.FromResult, ValueTask.FromException and the like make a task; they do no work of their own.</summary>
    private static bool IsTaskFactoryHelper(IMethodSymbol method) =>
        method.IsStatic && (TypeFacts.Is(method.ContainingType, "System.Threading.Tasks", "Task") || TypeFacts.Is(method.ContainingType, "System.Threading.Tasks", "ValueTask"));

    internal static bool IsAwaitable(ITypeSymbol? type) =>
        TypeFacts.Is(type, "System.Threading.Tasks", "Task") || TypeFacts.Is(type, "System.Threading.Tasks", "ValueTask")
        || TypeFacts.Is(type, "System.Collections.Generic", "IAsyncEnumerable");

    internal static string Display(IMethodSymbol method) =>
        method.ContainingType is null ? method.Name : method.ContainingType.ToDisplayString() + "." + method.Name;
}
