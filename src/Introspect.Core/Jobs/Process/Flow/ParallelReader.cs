using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// Parallel sections: Task.WhenAll/WhenAny (a strand per task; tasks started into locals earlier in the block are
/// shown as the strands), Parallel.ForEach/ForEachAsync/For/Invoke, Task.Run and TaskFactory.StartNew.
/// </summary>
internal sealed class ParallelReader(FlowContext context)
{
    private const string Tasks = "System.Threading.Tasks";

    public static bool IsWhenAllOrAny(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name is "WhenAll" or "WhenAny" && TypeFacts.Is(invocation.TargetMethod.ContainingType, Tasks, "Task");

    /// <summary>The task expressions of WhenAll/WhenAny: each element of a params array, else the one collection.</summary>
    public static IEnumerable<IOperation> TaskArguments(IInvocationOperation invocation) =>
        invocation.Arguments.SelectMany(argument =>
            argument.ArgumentKind == ArgumentKind.ParamArray && CodeText.Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } elements }
                ? elements.ElementValues
                : CodeText.Unwrap(argument.Value) is ICollectionExpressionOperation collection ? collection.Elements
                : [argument.Value]);

    public bool TryRead(IInvocationOperation invocation, List<ProcessNode> output)
    {
        var method = invocation.TargetMethod;
        var header = CodeText.Of(invocation);
        if (IsWhenAllOrAny(invocation))
        {
            var branches = TaskArguments(invocation).Select(Strand).ToList();
            Add(method.Name == "WhenAll" ? ParallelKind.WhenAll : ParallelKind.WhenAny, header, branches, invocation, output);
            return true;
        }

        if (TypeFacts.Is(method.ContainingType, Tasks, "Parallel"))
        {
            return ReadParallelClass(invocation, output);
        }

        if ((method.Name == "Run" && TypeFacts.Is(method.ContainingType, Tasks, "Task"))
            || (method.Name == "StartNew" && TypeFacts.Is(method.ContainingType, Tasks, "TaskFactory")))
        {
            var work = invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Type.TypeKind == TypeKind.Delegate);
            if (work is null)
            {
                return false;
            }

            var kind = method.Name == "Run" ? ParallelKind.TaskRun : ParallelKind.StartNew;
            Add(kind, CallLabels.Target(CallSite.From(invocation)), [new ProcessBranch("task", [.. context.Expressions.ReadWork(work.Value)])], invocation, output);
            return true;
        }

        return false;
    }

    private bool ReadParallelClass(IInvocationOperation invocation, List<ProcessNode> output)
    {
        var method = invocation.TargetMethod;
        var delegates = invocation.Arguments.Where(argument => argument.Parameter?.Type.TypeKind == TypeKind.Delegate).ToList();
        switch (method.Name)
        {
            case "ForEach" or "ForEachAsync" when delegates.Count > 0:
                var source = invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "source");
                context.Expressions.Read(source?.Value, output);
                var kind = method.Name == "ForEach" ? ParallelKind.ParallelForEach : ParallelKind.ParallelForEachAsync;
                Add(kind, source is null ? CodeText.Of(invocation) : CodeText.Of(source.Value), [Each(delegates[^1].Value)], invocation, output);
                return true;
            case "For" when delegates.Count > 0:
                var range = string.Join(" to ", invocation.Arguments.Take(2).Select(argument => CodeText.Of(argument.Value)));
                Add(ParallelKind.ParallelFor, range, [Each(delegates[^1].Value)], invocation, output);
                return true;
            case "Invoke":
                var actions = TaskArguments(invocation).Where(action => action.Type?.TypeKind == TypeKind.Delegate || action is IDelegateCreationOperation)
                    .Select(action => new ProcessBranch(CodeText.Of(action), [.. context.Expressions.ReadWork(action)]))
                    .ToList();
                Add(ParallelKind.ParallelInvoke, CodeText.Of(invocation), actions, invocation, output);
                return true;
            default:
                return false;
        }
    }

    /// <summary>One strand of WhenAll: the calls that started a task kept aside for it, or what the expression does.</summary>
    private ProcessBranch Strand(IOperation task)
    {
        if (CodeText.Unwrap(task) is ILocalReferenceOperation local && context.PendingTasks.Remove(local.Local, out var started))
        {
            return new ProcessBranch(local.Local.Name, [.. started]);
        }

        return new ProcessBranch(CodeText.Of(task), [.. context.Expressions.ReadAll(task)]);
    }

    private ProcessBranch Each(IOperation body)
    {
        var function = CodeText.Unwrap(body) switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } => lambda,
            IAnonymousFunctionOperation lambda => lambda,
            _ => null,
        };
        var label = function?.Symbol.Parameters.FirstOrDefault() is { } item ? "each " + item.Name : "each item";
        return new ProcessBranch(label, [.. context.Expressions.ReadWork(body)]);
    }

    private static void Add(ParallelKind kind, string header, List<ProcessBranch> branches, IOperation operation, List<ProcessNode> output) =>
        output.Add(new ParallelNode(kind, header, [.. branches], CodeText.Position(operation)));
}

/// <summary>Pauses: Task.Delay, Thread.Sleep and PeriodicTimer.WaitForNextTickAsync (with the timer's period).</summary>
internal static class Waits
{
    public static bool TryRead(IInvocationOperation invocation, List<ProcessNode> output)
    {
        var method = invocation.TargetMethod;
        WaitKind? kind =
            method.Name == "Delay" && TypeFacts.Is(method.ContainingType, "System.Threading.Tasks", "Task") ? WaitKind.Delay
            : method.Name == "Sleep" && TypeFacts.Is(method.ContainingType, "System.Threading", "Thread") ? WaitKind.Sleep
            : method.Name == "WaitForNextTickAsync" && TypeFacts.Is(method.ContainingType, "System.Threading", "PeriodicTimer") ? WaitKind.PeriodicTimer
            : null;
        if (kind is null)
        {
            return false;
        }

        var duration = kind == WaitKind.PeriodicTimer
            ? TimerPeriod(invocation.Instance)
            : invocation.Arguments.FirstOrDefault() is { } first ? CodeText.Of(first.Value) : null;
        output.Add(new WaitNode(kind.Value, duration, CodeText.Position(invocation)));
        return true;
    }

    /// <summary>The period the timer was created with, when it is created in the same body.</summary>
    private static string? TimerPeriod(IOperation? timer)
    {
        var value = timer is null ? null : CodeText.Unwrap(timer);
        if (value is ILocalReferenceOperation local && CodeText.Initializer(local) is { } initializer)
        {
            value = CodeText.Unwrap(initializer);
        }

        return value is IObjectCreationOperation creation && CallSite.From(creation)?.Argument("period") is { } period
            ? CodeText.Of(period)
            : null;
    }
}

/// <summary>Microsoft.Extensions.Logging calls, read as a level and the message template.</summary>
internal static class Logging
{
    private const string Namespace = "Microsoft.Extensions.Logging";

    public static bool IsLogCall(IMethodSymbol method) =>
        method.Name.StartsWith("Log", StringComparison.Ordinal)
        && (TypeFacts.Is(method.ContainingType, Namespace, "LoggerExtensions") || TypeFacts.IsOrImplements(method.ContainingType, Namespace, "ILogger"));

    public static LogNode Node(IInvocationOperation invocation)
    {
        var call = CallSite.From(invocation);
        var level = invocation.TargetMethod.Name == "Log"
            ? call.Argument("logLevel") is { } levelArgument && CodeText.Unwrap(levelArgument) is IFieldReferenceOperation field ? field.Field.Name : "Log"
            : invocation.TargetMethod.Name["Log".Length..];
        var message = call.Argument("message") is { } messageArgument ? CodeText.Value(messageArgument) : null;
        return new LogNode(level, message, CodeText.Position(invocation));
    }
}
