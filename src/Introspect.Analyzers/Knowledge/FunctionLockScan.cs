using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// One pass over the body of a single function (method, accessor, lambda or local function) that collects its
/// lock calls and the points where it awaits. Nested lambdas and local functions are left out: their code runs
/// when they are called, not where they are written.
/// </summary>
internal sealed class FunctionLockScan
{
    private FunctionLockScan(IOperation body, List<LockCall> lockCalls, List<IOperation> awaits, List<IOperation> others)
    {
        Body = body;
        LockCalls = lockCalls;
        Awaits = awaits;
        OtherOperations = others;
    }

    public IOperation Body { get; }

    /// <summary>Every acquire and release in the function, in source order.</summary>
    public IReadOnlyList<LockCall> LockCalls { get; }

    /// <summary>Awaits, <c>await foreach</c> loops and <c>await using</c> statements, in source order.</summary>
    public IReadOnlyList<IOperation> Awaits { get; }

    /// <summary>The other invocations and property reads, in source order (for rules that look for blocking calls).</summary>
    public IReadOnlyList<IOperation> OtherOperations { get; }

    /// <summary>The body of the innermost function around <paramref name="operation"/>.</summary>
    public static IOperation BodyAround(IOperation operation)
    {
        var current = operation;
        while (current.Parent is { } parent)
        {
            switch (parent)
            {
                case IAnonymousFunctionOperation anonymousFunction:
                    return anonymousFunction.Body;
                case ILocalFunctionOperation { Body: { } localBody }:
                    return localBody;
                case ILocalFunctionOperation { IgnoredBody: { } ignoredBody }:
                    return ignoredBody;
            }

            current = parent;
        }

        return current;
    }

    public static FunctionLockScan Of(IOperation body, LockApis apis)
    {
        var lockCalls = new List<LockCall>();
        var awaits = new List<IOperation>();
        var others = new List<IOperation>();
        var pending = new Stack<IOperation>();
        pending.Push(body);

        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            Record(operation, apis, lockCalls, awaits, others);
            foreach (var child in operation.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    pending.Push(child);
                }
            }
        }

        lockCalls.Sort((left, right) => left.Position.CompareTo(right.Position));
        awaits.Sort(BySpanStart);
        others.Sort(BySpanStart);
        return new FunctionLockScan(body, lockCalls, awaits, others);
    }

    /// <summary>Whether <paramref name="inner"/> is written inside <paramref name="outer"/>.</summary>
    public static bool Contains(IOperation outer, IOperation inner) => outer.Syntax.Span.Contains(inner.Syntax.Span);

    private static void Record(IOperation operation, LockApis apis, List<LockCall> lockCalls, List<IOperation> awaits, List<IOperation> others)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                if (apis.Classify(invocation) is { } lockCall)
                {
                    lockCalls.Add(lockCall);
                }
                else
                {
                    others.Add(invocation);
                }

                break;
            case IPropertyReferenceOperation:
                others.Add(operation);
                break;
            case IAwaitOperation:
            case IForEachLoopOperation { IsAsynchronous: true }:
            case IUsingOperation { IsAsynchronous: true }:
            case IUsingDeclarationOperation { IsAsynchronous: true }:
                awaits.Add(operation);
                break;
        }
    }

    private static int BySpanStart(IOperation left, IOperation right) => left.Syntax.SpanStart.CompareTo(right.Syntax.SpanStart);
}
