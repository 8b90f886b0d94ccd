using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Whether an explicitly acquired lock is provably still held at a later point of the same function. "Provably"
/// in the structured sense: the point follows the acquire in its statement list (or sits in the branch where a
/// Try-acquire succeeded), and no release of the same lock that runs on every path to the point comes before it.
/// When unsure, the answer is no.
/// </summary>
internal static class HeldRegion
{
    public static bool Holds(LockCall acquire, IOperation point, FunctionLockScan scan)
    {
        var pointStart = point.Syntax.SpanStart;
        if (pointStart < acquire.Invocation.Syntax.Span.End || !IsInsideScope(acquire, point, scan.Body))
        {
            return false;
        }

        foreach (var call in scan.LockCalls)
        {
            if (call.IsRelease && call.Position > acquire.Position && call.Position < pointStart && call.IsSameLock(acquire)
                && ReleaseRunsBefore(call, point, scan))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInsideScope(LockCall acquire, IOperation point, IOperation body)
    {
        var result = LockFlow.ResultOf(acquire.Invocation);
        switch (LockFlow.GuardOf(result, out var conditional))
        {
            case LockFlow.Guard.None:
                if (!LockFlow.TryGetStatement(result, out var statement, out _, out _) || !Follows(statement, point))
                {
                    return false;
                }

                return LockFlow.ResultLocal(result) is not { } local || !LockFlow.IsInFailedBranch(point, local, body);

            case LockFlow.Guard.HeldWhenTrue:
                return conditional is IConditionalOperation { WhenTrue: { } whenTrue } && FunctionLockScan.Contains(whenTrue, point);

            case LockFlow.Guard.HeldWhenFalse:
                // `if (!TryEnter(...)) return;` or `while (!TryEnter(...)) { ... }`: held after the statement.
                if (conditional is IConditionalOperation ifStatement && !LockFlow.Exits(ifStatement.WhenTrue))
                {
                    return false;
                }

                return conditional is not null && LockFlow.TryGetStatement(conditional, out var guardStatement, out _, out _)
                    && Follows(guardStatement, point);

            default:
                return false;
        }
    }

    // A release anchored in the same statement list as the point, before it, runs on every path to the point.
    // A release inside a finally block runs when its try statement completes, so the try statement is the anchor.
    private static bool ReleaseRunsBefore(LockCall release, IOperation point, FunctionLockScan scan)
    {
        var body = scan.Body;
        if (LockFlow.TryGetStatement(release.Invocation, out var statement, out _, out _)
            && Follows(WidenOverBranches(statement, release, scan), point))
        {
            return true;
        }

        return LockFlow.EnclosingFinally(release.Invocation, body) is { } tryStatement
            && LockFlow.TryGetStatement(tryStatement, out var tryAsStatement, out _, out _)
            && Follows(tryAsStatement, point);
    }

    // `if (...) { ...; Exit(); } else { ...; Exit(); }`: when the other branch releases too, or leaves, every path
    // that goes on after the if has released, so the if statement is where the release happens.
    private static IOperation WidenOverBranches(IOperation statement, LockCall release, FunctionLockScan scan)
    {
        while (statement.Parent is IBlockOperation branch && branch.Parent is IConditionalOperation conditional
            && (conditional.WhenTrue == branch || conditional.WhenFalse == branch))
        {
            var other = conditional.WhenTrue == branch ? conditional.WhenFalse : conditional.WhenTrue;
            if (other is null || !(LockFlow.Exits(other) || ReleasesIn(other, release, scan))
                || !LockFlow.TryGetStatement(conditional, out var widened, out _, out _))
            {
                break;
            }

            statement = widened;
        }

        return statement;
    }

    private static bool ReleasesIn(IOperation region, LockCall release, FunctionLockScan scan)
    {
        foreach (var call in scan.LockCalls)
        {
            if (call.IsRelease && call.IsSameLock(release) && FunctionLockScan.Contains(region, call.Invocation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the point comes after the statement, in the same statement list or nested in a later statement.</summary>
    private static bool Follows(IOperation statement, IOperation point) =>
        statement.Parent is { } list
        && list.Syntax.Span.Contains(point.Syntax.Span)
        && point.Syntax.SpanStart >= statement.Syntax.Span.End;
}
