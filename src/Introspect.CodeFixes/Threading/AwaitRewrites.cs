using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// One blocking expression and how to turn it into an await. The decision is semantic and made once, on the original
/// code; <see cref="Transform"/> is purely syntactic so it can be applied to a node whose inner parts were already rewritten.
/// </summary>
internal sealed class AwaitRewrite(SyntaxNode target, Func<SyntaxNode, SyntaxNode> transform)
{
    public SyntaxNode Target { get; } = target;

    public Func<SyntaxNode, SyntaxNode> Transform { get; } = transform;
}

/// <summary>Builds the await replacements: <c>t.Result</c> → <c>await t</c>, <c>Task.WaitAll(a, b)</c> → <c>await Task.WhenAll(a, b)</c>, <c>Thread.Sleep(d)</c> → <c>await Task.Delay(d, token)</c>.</summary>
internal static class AwaitRewrites
{
    /// <summary>Null when the blocking call has no await form with the same meaning (a timeout, a used WaitAny index, an awaiter variable, ...).</summary>
    public static AwaitRewrite? ForBlockingTaskCall(SemanticModel model, SyntaxNode expression, BlockingTaskCalls calls, CancellationToken cancellationToken)
    {
        if (model.GetOperation(expression, cancellationToken) is not { } operation
            || !calls.TryRecognize(operation, out var call)
            || (call.Kind != BlockingTaskCallKind.GetResult && CatchesAggregateException(model, expression, cancellationToken)))
        {
            return null;
        }

        var parenthesize = NeedsParentheses(expression);
        switch (call.Kind)
        {
            case BlockingTaskCallKind.Result when expression is MemberAccessExpressionSyntax:
                return new AwaitRewrite(expression, node => Await(((MemberAccessExpressionSyntax)node).Expression, node, parenthesize));

            case BlockingTaskCallKind.GetResult when call.Awaitable is not null && IsChainedGetAwaiter(expression):
                return new AwaitRewrite(expression, node => Await(GetAwaiterReceiver((InvocationExpressionSyntax)node), node, parenthesize));

            case BlockingTaskCallKind.Wait when expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax }:
                var wait = (IInvocationOperation)call.Operation;
                if (wait.Arguments.Length == 0)
                {
                    return new AwaitRewrite(expression, node => Await(WaitReceiver(node), node, parenthesize));
                }

                // Wait(CancellationToken) → await WaitAsync(CancellationToken): the same wait, observing the same token.
                if (wait.Arguments.Length == 1 && wait.TargetMethod.Parameters[0].Type.Name == "CancellationToken" && HasTaskWaitAsync(calls))
                {
                    return new AwaitRewrite(expression, node => Await(Rename(node, "WaitAsync"), node, parenthesize));
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
                return new AwaitRewrite(expression, node => Await(Rename(node, replacement), node, parenthesize));

            default:
                return null;
        }
    }

    /// <summary><c>Thread.Sleep(d)</c> → <c>await Task.Delay(d, token)</c>; <c>Thread.Sleep(0)</c> → <c>await Task.Yield()</c> (a zero delay would not yield).</summary>
    public static AwaitRewrite? ForThreadSleep(SemanticModel model, SyntaxNode expression, CancellationToken cancellationToken)
    {
        if (expression is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 }
            || model.GetOperation(expression, cancellationToken) is not IInvocationOperation sleep
            || !ThreadSleepCalls.IsThreadSleep(sleep, model.Compilation.GetTypeByMetadataName("System.Threading.Thread")))
        {
            return null;
        }

        if (ThreadSleepCalls.IsZero(sleep))
        {
            return new AwaitRewrite(expression, node => Await(TaskMember("Yield"), node, parenthesize: false));
        }

        var token = CancellationTokenInScope.Find(model, expression, cancellationToken);
        return new AwaitRewrite(expression, node =>
        {
            var delay = ((InvocationExpressionSyntax)node).ArgumentList.Arguments[0].Expression.WithoutTrivia();
            var arguments = token is null
                ? SyntaxFactory.SeparatedList([SyntaxFactory.Argument(delay)])
                : SyntaxFactory.SeparatedList([SyntaxFactory.Argument(delay), SyntaxFactory.Argument(token)]);
            return Await(TaskMember("Delay").WithArgumentList(SyntaxFactory.ArgumentList(arguments)), node, parenthesize: false);
        });
    }

    /// <summary><c>M(...)</c> → <c>await M(...)</c>, for a caller of a method that became async.</summary>
    public static AwaitRewrite AwaitCall(SyntaxNode invocation)
    {
        var parenthesize = NeedsParentheses(invocation);
        return new AwaitRewrite(invocation, node => Await((ExpressionSyntax)node, node, parenthesize));
    }

    private static InvocationExpressionSyntax TaskMember(string name) =>
        SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.ParseTypeName("System.Threading.Tasks.Task").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation),
                SyntaxFactory.IdentifierName(name)));

    private static SyntaxNode Await(ExpressionSyntax operand, SyntaxNode original, bool parenthesize)
    {
        ExpressionSyntax awaited = SyntaxFactory.AwaitExpression(operand.WithoutTrivia());
        if (parenthesize)
        {
            awaited = SyntaxFactory.ParenthesizedExpression(awaited);
        }

        return awaited.WithTriviaFrom(original);
    }

    /// <summary>await binds like a unary operator: it needs parentheses where the blocking call was the target of <c>.</c>, <c>[]</c>, a call or <c>!</c>.</summary>
    private static bool NeedsParentheses(SyntaxNode expression) =>
        expression.Parent switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Expression == expression,
            ElementAccessExpressionSyntax elementAccess => elementAccess.Expression == expression,
            InvocationExpressionSyntax invocation => invocation.Expression == expression,
            ConditionalAccessExpressionSyntax conditional => conditional.Expression == expression,
            PostfixUnaryExpressionSyntax => true,
            _ => false,
        };

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
