using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Which lambdas run concurrently: those passed to an API known to run them on several threads at once (Parallel,
/// PLINQ), alongside their caller (Task.Run, StartNew, a Thread, the thread pool, a timer) or alongside each other
/// (the async lambdas of <c>Task.WhenAll(items.Select(async ...))</c>). A lambda is judged by the call it is
/// passed to, never by its own content. Created once per compilation; each question looks at the method name first
/// and compares symbols only for a name that can match.
/// </summary>
internal sealed class ConcurrentCallbacks
{
    private readonly ThreadingTypes _threading;
    private readonly LazyType _parallelEnumerable;
    private readonly LazyType _enumerable;
    private readonly LazyType _threadPool;

    private ConcurrentCallbacks(Compilation compilation, ThreadingTypes threading)
    {
        _threading = threading;
        _parallelEnumerable = new(compilation, "System.Linq.ParallelEnumerable");
        _enumerable = new(compilation, "System.Linq.Enumerable");
        _threadPool = new(compilation, "System.Threading.ThreadPool");
    }

    public static ConcurrentCallbacks Create(Compilation compilation, ThreadingTypes threading) => new(compilation, threading);

    /// <summary>The same for what an operation callback on lambdas and method references receives; null for anything else.</summary>
    public ConcurrentCallback? Describe(IOperation callback) => callback switch
    {
        IAnonymousFunctionOperation lambda => Describe(lambda),
        IMethodReferenceOperation reference => Describe(reference),
        _ => null,
    };

    /// <summary>How the lambda runs concurrently, or null when it does not (or the code does not say).</summary>
    public ConcurrentCallback? Describe(IAnonymousFunctionOperation lambda) => WithoutGuardedTimer(Describe(lambda, lambda.Symbol, lambda.Body));

    /// <summary>
    /// The same for a method group passed as the callback (<c>new Timer(OnTick, ...)</c>,
    /// <c>Parallel.ForEach(items, Process)</c>): a method of the instance or a static one, declared in the same file,
    /// whose body is then the concurrent code. Only the delegate's target is looked up, and only when the call
    /// around it is a concurrent API.
    /// </summary>
    public ConcurrentCallback? Describe(IMethodReferenceOperation reference)
    {
        if (reference.Parent is not IDelegateCreationOperation
            || reference.Instance is not (null or IInstanceReferenceOperation)
            || Describe(reference, reference.Method, body: null) is not { } callback)
        {
            return null;
        }

        var method = reference.Method.OriginalDefinition;
        if (method.DeclaringSyntaxReferences.Length != 1 || method.DeclaringSyntaxReferences[0].SyntaxTree != reference.Syntax.SyntaxTree
            || reference.SemanticModel?.GetOperation(method.DeclaringSyntaxReferences[0].GetSyntax()) is not IMethodBodyOperation body
            || ((IOperation?)body.BlockBody ?? body.ExpressionBody) is not { } block)
        {
            return null;
        }

        return WithoutGuardedTimer(callback.WithBody(method, block));
    }

    /// <summary>A timer callback that skips a tick while the previous one runs does not overlap itself: not concurrent.</summary>
    private static ConcurrentCallback? WithoutGuardedTimer(ConcurrentCallback? callback) =>
        callback is { Kind: ConcurrencyKind.TimerCallback, Body: { } body } && OverlapGuards.StartsWithGuard(body) ? null : callback;

    private ConcurrentCallback? Describe(IOperation callback, IMethodSymbol symbol, IOperation? body)
    {
        var parent = callback.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        var site = parent switch
        {
            IArgumentOperation { Parent: IInvocationOperation invocation } => FromInvocation(symbol, invocation),
            IArgumentOperation { Parent: IObjectCreationOperation creation } => FromCreation(creation),
            IEventAssignmentOperation { Adds: true, EventReference: IEventReferenceOperation { Event: { Name: "Elapsed" } elapsed } }
                when ThreadingTypes.Is(elapsed.ContainingType, _threading.TimersTimer) =>
                (ConcurrencyKind.TimerCallback, "System.Timers.Timer Elapsed handler", true),
            _ => ((ConcurrencyKind, string, bool)?)null,
        };

        return site is var (kind, runner, isRepeated) ? new ConcurrentCallback(callback, symbol, body, kind, runner, isRepeated) : null;
    }

    private (ConcurrencyKind Kind, string Runner, bool IsRepeated)? FromInvocation(IMethodSymbol callback, IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "For" or "ForEach" or "ForEachAsync" when ThreadingTypes.Is(method.ContainingType, _threading.Parallel):
                return (ConcurrencyKind.ParallelBody, "Parallel." + method.Name + " body", true);
            case "Run" when _threading.IsTaskType(method.ContainingType):
                return Started(invocation, "Task.Run lambda");
            case "StartNew" when _threading.IsTaskFactory(method.ContainingType):
                return Started(invocation, "StartNew lambda");
            case "QueueUserWorkItem" or "UnsafeQueueUserWorkItem" when ThreadingTypes.Is(method.ContainingType, _threadPool.Symbol):
                return Started(invocation, "thread-pool work item");
            case "Select" when callback.IsAsync && ThreadingTypes.Is(method.ContainingType, _enumerable.Symbol) && FlowsIntoWhenAll(invocation):
                return (ConcurrencyKind.ConcurrentTasks, "async lambda of Task.WhenAll(...Select(...))", true);
        }

        return method.ContainingType is { Name: "ParallelEnumerable" } type && ThreadingTypes.Is(type, _parallelEnumerable.Symbol)
            ? (ConcurrencyKind.ParallelBody, "PLINQ " + method.Name + " lambda", true)
            : null;
    }

    private (ConcurrencyKind Kind, string Runner, bool IsRepeated)? FromCreation(IObjectCreationOperation creation)
    {
        var type = creation.Type?.OriginalDefinition;
        if (ThreadingTypes.Is(type, _threading.ThreadingTimer))
        {
            return (ConcurrencyKind.TimerCallback, "System.Threading.Timer callback", true);
        }

        return ThreadingTypes.Is(type, _threading.Thread)
            ? (ConcurrencyKind.StartedWork, "Thread body", IsRepeated(creation))
            : null;
    }

    // `await Task.Run(...)`: the caller waits for the lambda, so nothing of the caller runs beside it.
    private static (ConcurrencyKind Kind, string Runner, bool IsRepeated)? Started(IInvocationOperation invocation, string runner) =>
        IsAwaitedDirectly(invocation) ? null : (ConcurrencyKind.StartedWork, runner, IsRepeated(invocation));

    private static bool IsAwaitedDirectly(IOperation call)
    {
        for (var current = call; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IAwaitOperation:
                    return true;
                case IConversionOperation { IsImplicit: true }:
                case IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure when configure.Instance == current:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>Whether the call starts work more than once: it sits in a loop, or in a lambda run per item (Select, ForEach).</summary>
    private static bool IsRepeated(IOperation call)
    {
        for (var current = call.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case ILoopOperation:
                    return true;
                case IAnonymousFunctionOperation function:
                    return IsPerItemLambda(function);
                case ILocalFunctionOperation:
                    return false;
            }
        }

        return false;
    }

    private static bool IsPerItemLambda(IAnonymousFunctionOperation function)
    {
        var parent = function.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Select" or "SelectMany" or "ForEach" or "For" or "ForEachAsync" } };
    }

    /// <summary>
    /// Whether the tasks that <c>Select</c> makes reach <c>Task.WhenAll</c>/<c>WhenAny</c>: directly, through
    /// <c>ToList</c>/<c>ToArray</c>, or through a local that is passed to it in the same function.
    /// </summary>
    private bool FlowsIntoWhenAll(IInvocationOperation select)
    {
        IOperation current = select;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IConversionOperation { IsImplicit: true }:
                case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "ToList" or "ToArray" or "ToImmutableArray" } }:
                case IInvocationOperation { TargetMethod.Name: "ToList" or "ToArray" or "ToImmutableArray" }:
                    current = parent;
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation whenAll }:
                    return IsWhenAll(whenAll);
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return IsPassedToWhenAll(declarator.Symbol, FunctionLockScan.BodyAround(declarator));
                default:
                    return false;
            }
        }

        return false;
    }

    private bool IsPassedToWhenAll(ILocalSymbol local, IOperation body)
    {
        foreach (var operation in body.Descendants())
        {
            if (operation is IInvocationOperation invocation && IsWhenAll(invocation))
            {
                foreach (var argument in invocation.Arguments)
                {
                    if (OperationOrigin.Unwrap(argument.Value) is ILocalReferenceOperation reference
                        && SymbolEqualityComparer.Default.Equals(reference.Local, local))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool IsWhenAll(IInvocationOperation invocation) =>
        invocation.TargetMethod.Name is "WhenAll" or "WhenAny" && _threading.IsTaskType(invocation.TargetMethod.ContainingType);
}
