using System.Collections.Immutable;
using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Threading;

/// <summary>
/// INTR105: a task nobody observes. Reports a Task-returning call whose result is dropped in synchronous code
/// (where CS4014 is silent), a dropped <c>a?.SendAsync()</c> in async code (CS4014 misses it too), and
/// <c>_ = SendAsync()</c> in job code when the called function does not catch its own exceptions.
/// ValueTask results are left to CA2012, which already reports every unconsumed one.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnobservedTaskAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptors.Create(
        DiagnosticIds.UnobservedTask,
        title: "Observe the task a call returns",
        messageFormat: "The task returned by '{0}' is {1}, so its failure goes unnoticed; await it, or keep it and handle its exceptions",
        RuleCategories.Threading,
        DiagnosticSeverity.Warning,
        description: "A task that nobody awaits or keeps carries its exception away with it: the work fails silently, and nothing waits for it to finish before the job or the process ends. Await the task; if the work must run in the background, catch and log its exceptions inside the work.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var types = new ObservedTaskTypes(start.Compilation);
            if (types.Threading.Task is null)
            {
                return;
            }

            var jobTypes = JobTypes.Create(start.Compilation);
            start.RegisterOperationAction(
                operationContext => AnalyzeStatement(operationContext, types, jobTypes),
                OperationKind.ExpressionStatement);
        });
    }

    private static void AnalyzeStatement(OperationAnalysisContext context, ObservedTaskTypes types, JobTypes jobTypes)
    {
        var statement = (IExpressionStatementOperation)context.Operation;
        switch (statement.Operation)
        {
            case ISimpleAssignmentOperation { Target: IDiscardOperation } discard:
                AnalyzeDiscard(context, discard, types, jobTypes);
                break;
            case IInvocationOperation or IConditionalAccessOperation:
                AnalyzeDroppedResult(context, statement.Operation, types);
                break;
        }
    }

    private static void AnalyzeDroppedResult(OperationAnalysisContext context, IOperation expression, ObservedTaskTypes types)
    {
        var isConditional = expression is IConditionalAccessOperation;
        // Most dropped results are void calls: no type test needed for them.
        if (InvokedCall(expression) is not { } invocation || invocation.TargetMethod.ReturnsVoid || !types.IsObservableTask(invocation.Type))
        {
            return;
        }

        var function = EnclosingFunction.Of(expression, context.ContainingSymbol);
        if (function is null)
        {
            return;
        }

        // CS4014 already reports a plain call in async code, and a call to a source method declared async anywhere.
        if ((function.IsAsync && !isConditional) || (!function.IsAsync && invocation.TargetMethod.IsAsync))
        {
            return;
        }

        if (IsDeliberatelyUnobserved(invocation, types) || ExpressionTrees.IsInsideExpressionTree(expression) || IsSubstituteSpecification(invocation))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, expression.Syntax.GetLocation(), DisplayName(invocation.TargetMethod), "dropped"));
    }

    private static void AnalyzeDiscard(
        OperationAnalysisContext context, ISimpleAssignmentOperation discard, ObservedTaskTypes types, JobTypes jobTypes)
    {
        if (!jobTypes.IsAnyFrameworkReferenced
            || InvokedCall(discard.Value) is not { } invocation
            || !types.IsObservableTask(invocation.Type)
            || IsDeliberatelyUnobserved(invocation, types)
            || EnclosingFunction.Of(discard, context.ContainingSymbol) is not { } function
            || !jobTypes.IsJobCode(function)
            || HandlesOwnFailures(invocation, types, context.CancellationToken))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            discard.Value.Syntax.GetLocation(),
            DisplayName(invocation.TargetMethod),
            "discarded in job code and nothing catches its exceptions"));
    }

    /// <summary>The call whose result an expression statement or discard throws away, through <c>?.</c> if there is one.</summary>
    private static IInvocationOperation? InvokedCall(IOperation? operation)
    {
        while (operation is IConditionalAccessOperation conditional)
        {
            operation = conditional.WhenNotNull;
        }

        return operation as IInvocationOperation;
    }

    private static bool IsDeliberatelyUnobserved(IInvocationOperation invocation, ObservedTaskTypes types)
    {
        var method = invocation.TargetMethod;
        if (method.Name is "Forget" or "FireAndForget" or "SafeFireAndForget")
        {
            return true;
        }

        if (!types.Threading.IsTaskType(method.ContainingType))
        {
            return false;
        }

        // Already-completed tasks have nothing to observe.
        return method.Name is "FromResult" or "FromException" or "FromCanceled"
            || (method.Name == "ContinueWith" && ContinuationObservesFailure(invocation, types));
    }

    /// <summary>
    /// <c>task.ContinueWith(t => Log(t.Exception), ...)</c> or a continuation that only runs on failure: the
    /// antecedent's failure is handled there, so dropping the continuation task loses nothing.
    /// </summary>
    private static bool ContinuationObservesFailure(IInvocationOperation continueWith, ObservedTaskTypes types)
    {
        foreach (var argument in continueWith.Arguments)
        {
            // OnlyOnFaulted and NotOnRanToCompletion both keep the continuation for the failure path.
            if (ThreadingTypes.Is(argument.Parameter?.Type, types.TaskContinuationOptions)
                && argument.Value.ConstantValue is { HasValue: true, Value: { } options }
                && (Convert.ToInt64(options, System.Globalization.CultureInfo.InvariantCulture) & NotOnRanToCompletion) != 0)
            {
                return true;
            }

            if (argument.Value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation continuation }
                && ReadsFailureState(continuation.Body, types))
            {
                return true;
            }
        }

        return false;
    }

    private const long NotOnRanToCompletion = 0x10000;

    private static bool ReadsFailureState(IOperation body, ObservedTaskTypes types)
    {
        foreach (var operation in body.Descendants())
        {
            if (operation is IPropertyReferenceOperation { Property.Name: "Exception" or "IsFaulted" or "Status" or "IsCompletedSuccessfully" } property
                && types.Threading.IsTaskType(property.Property.ContainingType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// NSubstitute's <c>sub.Received().SendAsync(...)</c> and <c>sub.When(x => x.SendAsync(...))</c> describe a call
    /// to check or configure; nothing runs, so there is no task to observe.
    /// </summary>
    private static bool IsSubstituteSpecification(IInvocationOperation invocation)
    {
        if (invocation.Instance is { } instance && OperationOrigin.Unwrap(instance) is IInvocationOperation { TargetMethod: var receiverMethod }
            && IsNSubstitute(receiverMethod))
        {
            return true;
        }

        for (var current = invocation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation lambda)
            {
                return lambda.Parent?.Parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod: var consumer } } && IsNSubstitute(consumer);
            }
        }

        return false;
    }

    private static bool IsNSubstitute(IMethodSymbol method) =>
        method.ContainingNamespace?.ToDisplayString() is { } name
        && (name == "NSubstitute" || name.StartsWith("NSubstitute.", StringComparison.Ordinal));

    private static bool HandlesOwnFailures(IInvocationOperation invocation, ObservedTaskTypes types, CancellationToken cancellationToken)
    {
        // Task.Run(async () => { try { ... } catch (Exception e) { log } }): the work guards itself.
        if (types.StartsWork(invocation.TargetMethod))
        {
            foreach (var argument in invocation.Arguments)
            {
                switch (argument.Value)
                {
                    case IDelegateCreationOperation { Target: IAnonymousFunctionOperation work }:
                        return OwnExceptionHandling.Handles(work.Syntax)
                            || (SingleCall(work.Body) is { } inner && HandlesOwnFailures(inner, types, cancellationToken));
                    case IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: var method } }:
                        return BodyHandlesOwnFailures(method, cancellationToken);
                }
            }

            return false;
        }

        return BodyHandlesOwnFailures(invocation.TargetMethod, cancellationToken);
    }

    /// <summary>Only a body we can read counts; an interface, abstract or compiled method might throw anything.</summary>
    private static bool BodyHandlesOwnFailures(IMethodSymbol target, CancellationToken cancellationToken)
    {
        var method = target.PartialImplementationPart ?? target.OriginalDefinition;
        if (method.IsAbstract || method.ContainingType?.TypeKind == TypeKind.Interface || method.DeclaringSyntaxReferences.Length != 1)
        {
            return false;
        }

        return OwnExceptionHandling.Handles(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken));
    }

    /// <summary>The one call a lambda such as <c>() => WarmAsync(token)</c> or <c>async () => await WarmAsync()</c> makes.</summary>
    private static IInvocationOperation? SingleCall(IBlockOperation? body)
    {
        if (body is not { Operations.Length: > 0 and <= 2 })
        {
            return null;
        }

        var value = body.Operations[0] switch
        {
            IReturnOperation { ReturnedValue: { } returned } => returned,
            IExpressionStatementOperation statement => statement.Operation,
            _ => null,
        };

        if (value is IAwaitOperation awaited)
        {
            value = awaited.Operation;
        }

        return value is null ? null : OperationOrigin.Unwrap(value) as IInvocationOperation;
    }

    private static string DisplayName(IMethodSymbol method) =>
        method.IsStatic && method.MethodKind != MethodKind.LocalFunction && !method.IsExtensionMethod && method.ContainingType is { } type
            ? type.Name + "." + method.Name
            : method.Name;
}
