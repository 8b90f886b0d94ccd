using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Whether a timer callback starts by skipping the tick while the previous one still runs:
/// <c>if (Interlocked.CompareExchange(ref _running, 1, 0) != 0) return;</c>, <c>if (!Monitor.TryEnter(_gate)) return;</c>
/// or <c>if (!_gate.Wait(0)) return;</c>. Such a callback never runs on two threads at once.
/// </summary>
internal static class OverlapGuards
{
    public static bool StartsWithGuard(IOperation body)
    {
        var first = body is IBlockOperation block ? block.Operations.FirstOrDefault() : null;
        return first is IConditionalOperation { WhenTrue: { } skip } guard
            && Returns(skip)
            && guard.Condition.DescendantsAndSelf().OfType<IInvocationOperation>().Any(IsTryAcquire);
    }

    private static bool Returns(IOperation operation) => operation switch
    {
        IReturnOperation => true,
        IBlockOperation { Operations: { Length: > 0 } statements } => statements[statements.Length - 1] is IReturnOperation,
        _ => false,
    };

    private static bool IsTryAcquire(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        return (method.Name, method.ContainingType?.Name, method.ContainingNamespace?.ToDisplayString()) switch
        {
            ("CompareExchange" or "Exchange", "Interlocked", "System.Threading") => true,
            ("TryEnter", "Monitor", "System.Threading") => true,
            ("Wait" or "WaitAsync", "SemaphoreSlim", "System.Threading") => invocation.Arguments.Length > 0,
            _ => false,
        };
    }
}
