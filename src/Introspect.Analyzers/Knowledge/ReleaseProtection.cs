using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Whether an acquire is released on every path, in the shapes that guarantee it: the acquire inside a try whose
/// finally releases (the taken-flag pattern), or the acquire right before such a try, with nothing that can throw
/// in between. A catch-all clause that releases counts as well, as does a release that follows the acquire with
/// nothing but harmless statements in between.
/// </summary>
internal static class ReleaseProtection
{
    public static bool IsProtected(LockCall acquire, FunctionLockScan scan, out bool tryComesTooLate)
    {
        tryComesTooLate = false;
        for (IOperation current = acquire.Invocation; current != scan.Body && current.Parent is { } parent; current = parent)
        {
            if (parent is ITryOperation tryOperation && tryOperation.Body == current && Guards(tryOperation, acquire, scan))
            {
                return true;
            }
        }

        var result = LockFlow.ResultOf(acquire.Invocation);
        IOperation statement;
        switch (LockFlow.GuardOf(result, out var conditional))
        {
            case LockFlow.Guard.None:
                statement = result;
                break;
            case LockFlow.Guard.HeldWhenTrue when conditional is IConditionalOperation { WhenTrue: { } whenTrue }:
                // if (await gate.WaitAsync(timeout)) { try { ... } finally { gate.Release(); } }
                var branch = whenTrue is IBlockOperation block ? block.Operations : ImmutableArray.Create(whenTrue);
                return IsProtectedFrom(branch, 0, acquire, scan, local: null, out tryComesTooLate);
            case LockFlow.Guard.HeldWhenFalse when conditional is IConditionalOperation { WhenFalse: null } ifStatement && LockFlow.Exits(ifStatement.WhenTrue):
                // if (!await gate.WaitAsync(timeout)) { return; } try { ... } finally { gate.Release(); }
                statement = ifStatement;
                break;
            case LockFlow.Guard.HeldWhenFalse when conditional is IWhileLoopOperation loop:
                // while (!Monitor.TryEnter(gate, timeout)) { ... } try { ... } finally { Monitor.Exit(gate); }
                statement = loop;
                break;
            default:
                return false;
        }

        return LockFlow.TryGetStatement(statement, out _, out var siblings, out var index)
            && IsProtectedFrom(siblings, index + 1, acquire, scan, LockFlow.ResultLocal(result), out tryComesTooLate);
    }

    /// <summary>Whether the statement is just the release of the acquired lock.</summary>
    public static bool IsReleaseStatement(IOperation statement, LockCall acquire, FunctionLockScan scan) =>
        statement is IExpressionStatementOperation { Operation: IInvocationOperation invocation }
        && FindRelease(invocation, acquire, scan);

    private static bool IsProtectedFrom(
        ImmutableArray<IOperation> statements, int start, LockCall acquire, FunctionLockScan scan, ILocalSymbol? local, out bool tryComesTooLate)
    {
        tryComesTooLate = false;
        var riskyCodeFirst = false;
        for (var i = start; i < statements.Length; i++)
        {
            var statement = statements[i];
            if (statement is ITryOperation tryOperation)
            {
                if (Guards(tryOperation, acquire, scan) || SwallowsThenReleases(tryOperation, statements, i, acquire, scan))
                {
                    tryComesTooLate = riskyCodeFirst;
                    return !riskyCodeFirst;
                }

                riskyCodeFirst = true;
                continue;
            }

            if (IsReleaseStatement(statement, acquire, scan))
            {
                return !riskyCodeFirst;
            }

            if (HarmlessStatements.IsHarmless(statement))
            {
                continue;
            }

            if (local is not null && statement is IConditionalOperation check && LockFlow.TestsLocal(check.Condition, local, out var trueWhenSet))
            {
                // `if (!acquired) return;` leaves before anything is held; `if (acquired) { try ... }` is the guarded shape.
                if (!trueWhenSet && check.WhenFalse is null && LockFlow.Exits(check.WhenTrue))
                {
                    continue;
                }

                if (trueWhenSet && !riskyCodeFirst && check.WhenTrue is { } whenTrue)
                {
                    var branch = whenTrue is IBlockOperation block ? block.Operations : ImmutableArray.Create(whenTrue);
                    return IsProtectedFrom(branch, 0, acquire, scan, local: null, out tryComesTooLate);
                }
            }

            riskyCodeFirst = true;
        }

        return false;
    }

    /// <summary>A try statement whose finally, or a catch-all clause, releases the lock.</summary>
    private static bool Guards(ITryOperation tryOperation, LockCall acquire, FunctionLockScan scan)
    {
        if (tryOperation.Finally is { } finallyBlock && ContainsRelease(finallyBlock, acquire, scan))
        {
            return true;
        }

        foreach (var clause in tryOperation.Catches)
        {
            if (IsCatchAll(clause) && ContainsRelease(clause.Handler, acquire, scan))
            {
                return true;
            }
        }

        return false;
    }

    // try { ... } catch (Exception e) { log(e); } gate.Release();  — every exception is handled, then released.
    private static bool SwallowsThenReleases(ITryOperation tryOperation, ImmutableArray<IOperation> statements, int index, LockCall acquire, FunctionLockScan scan)
    {
        var swallowsAll = false;
        foreach (var clause in tryOperation.Catches)
        {
            if (IsCatchAll(clause) && !LockFlow.Exits(clause.Handler) && !ContainsThrow(clause.Handler))
            {
                swallowsAll = true;
            }
        }

        for (var i = index + 1; swallowsAll && i < statements.Length; i++)
        {
            if (IsReleaseStatement(statements[i], acquire, scan))
            {
                return true;
            }

            if (!HarmlessStatements.IsHarmless(statements[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsCatchAll(ICatchClauseOperation clause) =>
        clause.Filter is null
        && (clause.ExceptionType.SpecialType == SpecialType.System_Object
            || (clause.ExceptionType.Name == "Exception" && clause.ExceptionType.ContainingNamespace?.ToDisplayString() == "System"));

    private static bool ContainsRelease(IOperation region, LockCall acquire, FunctionLockScan scan)
    {
        foreach (var call in scan.LockCalls)
        {
            if (call.IsRelease && call.IsSameLock(acquire) && FunctionLockScan.Contains(region, call.Invocation))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FindRelease(IInvocationOperation invocation, LockCall acquire, FunctionLockScan scan)
    {
        foreach (var call in scan.LockCalls)
        {
            if (call.Invocation == invocation)
            {
                return call.IsRelease && call.IsSameLock(acquire);
            }
        }

        return false;
    }

    private static bool ContainsThrow(IOperation region)
    {
        foreach (var operation in region.Descendants())
        {
            if (operation is IThrowOperation)
            {
                return true;
            }
        }

        return false;
    }
}
