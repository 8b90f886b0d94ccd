using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// A function that returns Task or ValueTask without <c>async</c> returns tasks; once it is async it returns their
/// results. <c>return Task.CompletedTask;</c> becomes <c>return;</c>, <c>return Task.FromResult(x);</c> becomes
/// <c>return x;</c> and any other <c>return task;</c> of a Task&lt;T&gt; becomes <c>return await task;</c>.
/// </summary>
internal static class TaskReturnRewrites
{
    /// <summary>Null when a return has no async form (a non-generic Task returned from somewhere else, an expression-bodied Task).</summary>
    public static List<AwaitRewrite>? Plan(SemanticModel model, SyntaxNode function, ITypeSymbol returnType, ThreadingTypes types, CancellationToken cancellationToken)
    {
        var hasResult = returnType is INamedTypeSymbol { IsGenericType: true };
        var rewrites = new List<AwaitRewrite>();
        var body = FunctionSyntax.Body(function);
        if (body is ExpressionSyntax expressionBody)
        {
            if (!hasResult)
            {
                return null;
            }

            rewrites.Add(new AwaitRewrite(expressionBody, ResultOf(model, expressionBody, types, cancellationToken)));
            return rewrites;
        }

        foreach (var returnStatement in FunctionSyntax.OwnNodes(function).OfType<ReturnStatementSyntax>())
        {
            if (returnStatement.Expression is not { } returned)
            {
                return null;
            }

            if (hasResult)
            {
                var result = ResultOf(model, returned, types, cancellationToken);
                rewrites.Add(new AwaitRewrite(returned, result));
            }
            else if (IsCompletedTask(model, returned, types, cancellationToken))
            {
                rewrites.Add(new AwaitRewrite(returnStatement, node => SyntaxFactory.ReturnStatement().WithTriviaFrom(node)));
            }
            else
            {
                return null;
            }
        }

        return rewrites;
    }

    /// <summary>Drops the <c>return;</c> a trailing <c>return Task.CompletedTask;</c> became: an async method just ends.</summary>
    public static BlockSyntax WithoutTrailingEmptyReturn(BlockSyntax block) =>
        block.Statements.LastOrDefault() is ReturnStatementSyntax { Expression: null } last
            ? block.WithStatements(block.Statements.Remove(last))
            : block;

    private static Func<SyntaxNode, SyntaxNode> ResultOf(SemanticModel model, ExpressionSyntax returned, ThreadingTypes types, CancellationToken cancellationToken)
    {
        var operation = model.GetOperation(returned, cancellationToken) is { } found ? OperationOrigin.Unwrap(found) : null;
        var wrapsValue = operation switch
        {
            IInvocationOperation { TargetMethod: { IsStatic: true, Name: "FromResult" } method } =>
                ThreadingTypes.Is(method.ContainingType, types.Task) || ThreadingTypes.Is(method.ContainingType, types.ValueTask),
            IObjectCreationOperation { Type: INamedTypeSymbol created, Arguments.Length: 1 } creation =>
                ThreadingTypes.Is(created.OriginalDefinition, types.ValueTaskOfT)
                && SymbolEqualityComparer.Default.Equals(creation.Arguments[0].Value.Type, created.TypeArguments[0]),
            _ => false,
        };

        if (wrapsValue)
        {
            return node => FirstArgument(node)?.WithTriviaFrom(node) ?? node;
        }

        return node => SyntaxFactory.AwaitExpression(Operand((ExpressionSyntax)node)).WithTriviaFrom(node);
    }

    private static ExpressionSyntax? FirstArgument(SyntaxNode node) => node switch
    {
        InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } invocation => invocation.ArgumentList.Arguments[0].Expression,
        BaseObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 1 } creation => creation.ArgumentList!.Arguments[0].Expression,
        _ => null,
    };

    private static ExpressionSyntax Operand(ExpressionSyntax expression)
    {
        expression = expression.WithoutTrivia();
        return expression is InvocationExpressionSyntax or MemberAccessExpressionSyntax or IdentifierNameSyntax or ElementAccessExpressionSyntax
            or BaseObjectCreationExpressionSyntax or ParenthesizedExpressionSyntax or GenericNameSyntax
            ? expression
            : SyntaxFactory.ParenthesizedExpression(expression);
    }

    private static bool IsCompletedTask(SemanticModel model, ExpressionSyntax returned, ThreadingTypes types, CancellationToken cancellationToken) =>
        model.GetOperation(returned, cancellationToken) is { } operation
        && OperationOrigin.Unwrap(operation) switch
        {
            IPropertyReferenceOperation { Property: { IsStatic: true, Name: "CompletedTask" } property } =>
                ThreadingTypes.Is(property.ContainingType, types.Task) || ThreadingTypes.Is(property.ContainingType, types.ValueTask),
            IDefaultValueOperation { Type: { } type } => ThreadingTypes.Is(type, types.ValueTask),
            _ => false,
        };
}
