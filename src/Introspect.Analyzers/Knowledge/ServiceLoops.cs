using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The loops of a job or hosted service that can run for as long as the service does: <c>while (true)</c>,
/// <c>for (;;)</c>, a <c>while</c>/<c>do</c>/<c>for</c> loop that awaits, and <c>await foreach</c>. A <c>foreach</c> over a
/// collection ends with the collection, and a loop without awaits and with a real condition is a computation, not a
/// service loop. Only the outermost such loop is returned: the loops inside it are part of its work.
/// </summary>
internal static class ServiceLoops
{
    public static List<ILoopOperation> Find(IOperation root)
    {
        var found = new List<ILoopOperation>();
        Collect(root, found);
        return found;
    }

    public static bool IsInfinite(ILoopOperation loop) => loop switch
    {
        IWhileLoopOperation whileLoop => IsAlwaysTrue(whileLoop.Condition),
        IForLoopOperation forLoop => IsAlwaysTrue(forLoop.Condition),
        _ => false,
    };

    /// <summary>The loop's keyword, where its diagnostics are reported.</summary>
    public static Location KeywordLocation(ILoopOperation loop) => loop.Syntax switch
    {
        WhileStatementSyntax whileStatement => whileStatement.WhileKeyword.GetLocation(),
        DoStatementSyntax doStatement => doStatement.DoKeyword.GetLocation(),
        ForStatementSyntax forStatement => forStatement.ForKeyword.GetLocation(),
        CommonForEachStatementSyntax forEach => forEach.ForEachKeyword.GetLocation(),
        var other => other.GetLocation(),
    };

    /// <summary>The operations of <paramref name="root"/> that run in its own function, not in a nested lambda or local function.</summary>
    public static IEnumerable<IOperation> OwnDescendants(IOperation root)
    {
        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            foreach (var child in pending.Pop().ChildOperations)
            {
                if (child is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    continue;
                }

                yield return child;
                pending.Push(child);
            }
        }
    }

    private static void Collect(IOperation operation, List<ILoopOperation> found)
    {
        var pending = new Stack<IOperation>();
        pending.Push(operation);
        while (pending.Count > 0)
        {
            foreach (var child in pending.Pop().ChildOperations)
            {
                if (child is ILoopOperation loop && CanRunIndefinitely(loop))
                {
                    found.Add(loop);
                }
                else
                {
                    pending.Push(child);
                }
            }
        }
    }

    private static bool CanRunIndefinitely(ILoopOperation loop) => loop switch
    {
        IForEachLoopOperation forEach => forEach.IsAsynchronous,
        IWhileLoopOperation or IForLoopOperation => IsInfinite(loop) || OwnDescendants(loop).Any(operation => operation is IAwaitOperation),
        _ => false,
    };

    private static bool IsAlwaysTrue(IOperation? condition) =>
        condition is null || condition.ConstantValue is { HasValue: true, Value: true };
}
