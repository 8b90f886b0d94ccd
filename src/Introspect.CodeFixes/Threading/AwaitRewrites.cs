using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// One expression to await (a blocking call, a sleep, a dropped task, a call of a method made async) and how to turn it
/// into an await. The decision is semantic and made once, on the original
/// code; <see cref="Transform"/> is purely syntactic so it can be applied to a node whose inner parts were already rewritten.
/// </summary>
internal sealed class AwaitRewrite(SyntaxNode target, Func<SyntaxNode, SyntaxNode> transform)
{
    public SyntaxNode Target { get; } = target;

    public Func<SyntaxNode, SyntaxNode> Transform { get; } = transform;
}

/// <summary>
/// Builds the await replacements: <c>t.Result</c> → <c>await t</c>, <c>Task.WaitAll(a, b)</c> → <c>await Task.WhenAll(a, b)</c>,
/// <c>Thread.Sleep(d)</c> → <c>await Task.Delay(d, token)</c>, a dropped <c>SendAsync();</c> → <c>await SendAsync();</c>.
/// </summary>
internal static class AwaitRewrites
{
    private static readonly HashSet<string> BlockingNames = new(StringComparer.Ordinal) { "Result", "Wait", "GetResult", "WaitAll", "WaitAny", "Sleep" };

    /// <summary>
    /// The await for a blocking task call (INTR103) or <c>Thread.Sleep</c> (INTR104) at <paramref name="node"/>: what
    /// "Make the method async" awaits in a function it converts. Null for any other node, a call the analyzer would
    /// not report (the task is known to be complete), or one with no await form.
    /// </summary>
    public static AwaitRewrite? ForBlockingCall(SemanticModel model, SyntaxNode node, BlockingTaskCalls calls, CancellationToken cancellationToken)
    {
        var name = node switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax called } => called.Name.Identifier.ValueText,
            InvocationExpressionSyntax { Expression: IdentifierNameSyntax called } => called.Identifier.ValueText,
            _ => null,
        };

        if (name is null || !BlockingNames.Contains(name))
        {
            return null;
        }

        if (name == "Sleep")
        {
            return ForThreadSleep(model, node, calls.Types, cancellationToken);
        }

        return model.GetOperation(node, cancellationToken) is { } operation
            && calls.TryRecognize(operation, out var call)
            && (call.Subject is null || !TaskCompletionFacts.IsKnownComplete(call.Subject, call.Operation, calls.Types))
                ? ForBlockingTaskCall(model, node, calls, cancellationToken)
                : null;
    }

    /// <summary>
    /// <c>SendAsync();</c> (a statement, or the expression body of a method) becomes <c>await SendAsync();</c>: what
    /// "Make the method async" awaits for INTR105, since every task a function drops turns into CS4014 once it is async.
    /// Null for any other node, and for <c>a?.SendAsync()</c> (awaiting a null task would throw).
    /// </summary>
    public static AwaitRewrite? ForDroppedTask(SemanticModel model, SyntaxNode node, ThreadingTypes types, CancellationToken cancellationToken) =>
        node is InvocationExpressionSyntax { Parent: ExpressionStatementSyntax or ArrowExpressionClauseSyntax } call
        && types.IsAwaitableTask(model.GetTypeInfo(call, cancellationToken).Type)
            ? AwaitCall(call)
            : null;

    /// <summary><c>_ = SendAsync();</c> becomes <c>await SendAsync();</c>.</summary>
    public static AwaitRewrite ForDiscardedTask(AssignmentExpressionSyntax discard) =>
        new(discard, current => AwaitPlacement.Await(((AssignmentExpressionSyntax)current).Right, current, parenthesize: false));

    /// <summary>Null when the blocking call has no await form with the same meaning (a timeout, a used WaitAny index, an awaiter variable, ...).</summary>
    public static AwaitRewrite? ForBlockingTaskCall(SemanticModel model, SyntaxNode expression, BlockingTaskCalls calls, CancellationToken cancellationToken)
    {
        if (model.GetOperation(expression, cancellationToken) is not { } operation
            || !calls.TryRecognize(operation, out var call)
            || (call.Kind != BlockingTaskCallKind.GetResult && CatchesAggregateException(model, expression, cancellationToken)))
        {
            return null;
        }

        var parenthesize = AwaitPlacement.NeedsParentheses(expression);
        switch (call.Kind)
        {
            case BlockingTaskCallKind.Result when expression is MemberAccessExpressionSyntax:
                return new AwaitRewrite(expression, node => AwaitPlacement.Await(((MemberAccessExpressionSyntax)node).Expression, node, parenthesize));

            case BlockingTaskCallKind.GetResult when call.Awaitable is not null && IsChainedGetAwaiter(expression):
                return new AwaitRewrite(expression, node => AwaitPlacement.Await(GetAwaiterReceiver((InvocationExpressionSyntax)node), node, parenthesize));

            case BlockingTaskCallKind.Wait when expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax }:
                var wait = (IInvocationOperation)call.Operation;
                if (wait.Arguments.Length == 0)
                {
                    return new AwaitRewrite(expression, node => AwaitPlacement.Await(WaitReceiver(node), node, parenthesize));
                }

                // Wait(CancellationToken) → await WaitAsync(CancellationToken): the same wait, observing the same token.
                if (wait.Arguments.Length == 1 && wait.TargetMethod.Parameters[0].Type.Name == "CancellationToken" && HasTaskWaitAsync(calls))
                {
                    return new AwaitRewrite(expression, node => AwaitPlacement.Await(Rename(node, "WaitAsync"), node, parenthesize));
                }

                return null;

            case BlockingTaskCallKind.WaitAll or BlockingTaskCallKind.WaitAny:
                var waitMany = (IInvocationOperation)call.Operation;
                var onlyTasks = waitMany.TargetMethod.Parameters.All(parameter => parameter.Name == "tasks");
                var resultUnused = call.Kind == BlockingTaskCallKind.WaitAll || expression.Parent is ExpressionStatementSyntax;
                if (!onlyTasks || !resultUnused)
                {
                    return null;
                }

                var replacement = call.Kind == BlockingTaskCallKind.WaitAll ? "WhenAll" : "WhenAny";
                return new AwaitRewrite(expression, node => AwaitPlacement.Await(Rename(node, replacement), node, parenthesize));

            default:
                return null;
        }
    }

    /// <summary><c>Thread.Sleep(d)</c> → <c>await Task.Delay(d, token)</c>; <c>Thread.Sleep(0)</c> → <c>await Task.Yield()</c> (a zero delay would not yield).</summary>
    public static AwaitRewrite? ForThreadSleep(SemanticModel model, SyntaxNode expression, ThreadingTypes types, CancellationToken cancellationToken)
    {
        if (expression is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 }
            || model.GetOperation(expression, cancellationToken) is not IInvocationOperation sleep
            || !ThreadSleepCalls.IsThreadSleep(sleep, types.Thread))
        {
            return null;
        }

        if (ThreadSleepCalls.IsZero(sleep))
        {
            return new AwaitRewrite(expression, node => AwaitPlacement.Await(SyntaxFactory.InvocationExpression(TaskTypeSyntax.Member("Yield")), node, parenthesize: false));
        }

        var token = CancellationTokenInScope.Find(model, expression, cancellationToken);
        return new AwaitRewrite(expression, node =>
        {
            var delay = ((InvocationExpressionSyntax)node).ArgumentList.Arguments[0].Expression.WithoutTrivia();
            var arguments = token is null
                ? SyntaxFactory.SeparatedList([SyntaxFactory.Argument(delay)])
                : SyntaxFactory.SeparatedList([SyntaxFactory.Argument(delay), SyntaxFactory.Argument(token)]);
            return AwaitPlacement.Await(SyntaxFactory.InvocationExpression(TaskTypeSyntax.Member("Delay"), SyntaxFactory.ArgumentList(arguments)), node, parenthesize: false);
        });
    }

    /// <summary><c>M(...)</c> → <c>await M(...)</c>, for a dropped task or a caller of a method that became async.</summary>
    public static AwaitRewrite AwaitCall(SyntaxNode invocation)
    {
        var parenthesize = AwaitPlacement.NeedsParentheses(invocation);
        return new AwaitRewrite(invocation, node => AwaitPlacement.Await((ExpressionSyntax)node, node, parenthesize));
    }

    private static bool IsChainedGetAwaiter(SyntaxNode expression) =>
        expression is InvocationExpressionSyntax
        {
            Expression: MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax } },
        };

    private static ExpressionSyntax GetAwaiterReceiver(InvocationExpressionSyntax getResult) =>
        ((MemberAccessExpressionSyntax)((InvocationExpressionSyntax)((MemberAccessExpressionSyntax)getResult.Expression).Expression).Expression).Expression;

    private static ExpressionSyntax WaitReceiver(SyntaxNode wait) =>
        ((MemberAccessExpressionSyntax)((InvocationExpressionSyntax)wait).Expression).Expression;

    private static InvocationExpressionSyntax Rename(SyntaxNode invocationNode, string name)
    {
        var invocation = (InvocationExpressionSyntax)invocationNode;
        ExpressionSyntax renamed = invocation.Expression switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.WithName(SyntaxFactory.IdentifierName(name).WithTriviaFrom(memberAccess.Name)),
            IdentifierNameSyntax identifier => SyntaxFactory.IdentifierName(name).WithTriviaFrom(identifier),
            var other => other,
        };
        return invocation.WithExpression(renamed);
    }

    private static bool HasTaskWaitAsync(BlockingTaskCalls calls) =>
        calls.Types.Task!.GetMembers("WaitAsync").OfType<IMethodSymbol>()
            .Any(method => method.Parameters.Length == 1 && method.Parameters[0].Type.Name == "CancellationToken");

    /// <summary>
    /// Result, Wait and WaitAll wrap failures in an AggregateException; await throws the inner exception. Code that catches
    /// AggregateException around the call would stop catching, so the fix is not offered there.
    /// </summary>
    private static bool CatchesAggregateException(SemanticModel model, SyntaxNode expression, CancellationToken cancellationToken)
    {
        foreach (var tryStatement in expression.Ancestors().OfType<TryStatementSyntax>())
        {
            if (!tryStatement.Block.Span.Contains(expression.Span))
            {
                continue;
            }

            foreach (var catchClause in tryStatement.Catches)
            {
                if (catchClause.Declaration is { } declaration
                    && model.GetTypeInfo(declaration.Type, cancellationToken).Type is { Name: "AggregateException" })
                {
                    return true;
                }
            }
        }

        return false;
    }
}
