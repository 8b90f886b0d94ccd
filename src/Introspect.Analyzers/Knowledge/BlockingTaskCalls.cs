using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Analyzers.Knowledge;

internal enum BlockingTaskCallKind
{
    Result,
    Wait,
    GetResult,
    WaitAll,
    WaitAny,
}

/// <summary>One synchronous wait on a task: what it is, what it waits on and where to report it.</summary>
internal readonly struct BlockingTaskCall
{
    public BlockingTaskCall(BlockingTaskCallKind kind, IOperation operation, IOperation? awaitable, IOperation? subject, string display, TextSpan reportSpan)
    {
        Kind = kind;
        Operation = operation;
        Awaitable = awaitable;
        Subject = subject;
        Display = display;
        ReportSpan = reportSpan;
    }

    public BlockingTaskCallKind Kind { get; }

    /// <summary>The whole blocking expression: the <c>Result</c> reference or the outermost invocation.</summary>
    public IOperation Operation { get; }

    /// <summary>What <c>await</c> would take in its place (keeps a <c>ConfigureAwait</c>); null when there is no such expression.</summary>
    public IOperation? Awaitable { get; }

    /// <summary>The task (or awaiter) whose completion decides whether the call blocks; null for WaitAll/WaitAny.</summary>
    public IOperation? Subject { get; }

    public string Display { get; }

    public TextSpan ReportSpan { get; }
}

/// <summary>
/// Recognises the ways code blocks on a task: <c>Result</c> on Task&lt;T&gt;/ValueTask&lt;T&gt;, <c>Task.Wait(...)</c>,
/// <c>GetResult()</c> on a task awaiter, <c>Task.WaitAll</c> and <c>Task.WaitAny</c>. A wait with a zero timeout only
/// polls, so it is not a blocking call (see <see cref="Timeouts"/>).
/// </summary>
internal sealed class BlockingTaskCalls
{
    private readonly ThreadingTypes _types;
    private readonly TaskAwaiterTypes _awaiters;

    private BlockingTaskCalls(ThreadingTypes types, TaskAwaiterTypes awaiters)
    {
        _types = types;
        _awaiters = awaiters;
    }

    public ThreadingTypes Types => _types;

    /// <summary>Null when the compilation cannot see <c>System.Threading.Tasks.Task</c>: then nothing can block on one.</summary>
    public static BlockingTaskCalls? Create(Compilation compilation) => Create(compilation, ThreadingTypes.Create(compilation));

    /// <summary>For a rule that has resolved the threading types already.</summary>
    public static BlockingTaskCalls? Create(Compilation compilation, ThreadingTypes types) =>
        types.Task is null ? null : new BlockingTaskCalls(types, TaskAwaiterTypes.Create(compilation));

    public bool TryRecognize(IOperation operation, out BlockingTaskCall call)
    {
        call = default;
        return operation switch
        {
            IPropertyReferenceOperation property => TryRecognizeResult(property, out call),
            IInvocationOperation invocation => TryRecognizeInvocation(invocation, out call),
            _ => false,
        };
    }

    private bool TryRecognizeResult(IPropertyReferenceOperation property, out BlockingTaskCall call)
    {
        call = default;
        if (property.Property.Name != "Result" || property.Instance is null || property.Property.IsStatic)
        {
            return false;
        }

        var containingType = property.Property.ContainingType?.OriginalDefinition;
        var isTask = ThreadingTypes.Is(containingType, _types.TaskOfT);
        if (!isTask && !ThreadingTypes.Is(containingType, _types.ValueTaskOfT))
        {
            return false;
        }

        var span = NameToEnd(property.Syntax);
        call = new BlockingTaskCall(
            BlockingTaskCallKind.Result, property, property.Instance, property.Instance, isTask ? "Task.Result" : "ValueTask.Result", span);
        return true;
    }

    private bool TryRecognizeInvocation(IInvocationOperation invocation, out BlockingTaskCall call)
    {
        call = default;
        var method = invocation.TargetMethod;
        switch (method.Name)
        {
            case "Wait" when invocation.Instance is not null && ThreadingTypes.Is(method.ContainingType, _types.Task):
                if (Timeouts.IsZeroTimeout(invocation))
                {
                    return false;
                }

                call = new BlockingTaskCall(
                    BlockingTaskCallKind.Wait, invocation, invocation.Instance, invocation.Instance, "Task.Wait", NameToEnd(invocation.Syntax));
                return true;

            case "WaitAll" or "WaitAny" when method.IsStatic && ThreadingTypes.Is(method.ContainingType, _types.Task):
                if (Timeouts.IsZeroTimeout(invocation))
                {
                    return false;
                }

                var kind = method.Name == "WaitAll" ? BlockingTaskCallKind.WaitAll : BlockingTaskCallKind.WaitAny;
                call = new BlockingTaskCall(kind, invocation, null, null, "Task." + method.Name, invocation.Syntax.Span);
                return true;

            case "GetResult" when invocation.Instance is not null && _awaiters.IsTaskAwaiter(method.ContainingType):
                return TryRecognizeGetResult(invocation, out call);

            default:
                return false;
        }
    }

    private static bool TryRecognizeGetResult(IInvocationOperation getResult, out BlockingTaskCall call)
    {
        var awaiter = OperationOrigin.Unwrap(getResult.Instance!);
        if (awaiter is IInvocationOperation { TargetMethod.Name: "GetAwaiter", Instance: { } awaitable } getAwaiter)
        {
            var task = OperationOrigin.Unwrap(awaitable);
            if (task is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } configured })
            {
                task = OperationOrigin.Unwrap(configured);
            }

            var span = TextSpan.FromBounds(NameStart(getAwaiter.Syntax), getResult.Syntax.Span.End);
            call = new BlockingTaskCall(BlockingTaskCallKind.GetResult, getResult, awaitable, task, "GetAwaiter().GetResult()", span);
            return true;
        }

        // An awaiter kept in a variable: it can only be reasoned about through its own IsCompleted.
        call = new BlockingTaskCall(BlockingTaskCallKind.GetResult, getResult, null, awaiter, "GetResult()", NameToEnd(getResult.Syntax));
        return true;
    }

    /// <summary>From the member name (<c>Result</c>, <c>Wait</c>, ...) to the end of the expression, so the receiver is not underlined.</summary>
    private static TextSpan NameToEnd(SyntaxNode syntax) => TextSpan.FromBounds(NameStart(syntax), syntax.Span.End);

    private static int NameStart(SyntaxNode syntax)
    {
        var target = syntax is InvocationExpressionSyntax invocation ? invocation.Expression : syntax;
        return target switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.SpanStart,
            MemberBindingExpressionSyntax memberBinding => memberBinding.Name.SpanStart,
            _ => syntax.SpanStart,
        };
    }
}
