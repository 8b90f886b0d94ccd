using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Turns <c>Parallel.ForEach(source, async item =&gt; ...)</c> into <c>await Parallel.ForEachAsync(source, async (item, cancellationToken) =&gt; ...)</c>
/// (and <c>Parallel.For</c> into <c>Parallel.ForAsync</c>). The body is kept as it is: it now returns a ValueTask that the loop awaits.
/// </summary>
internal static class ParallelLoopRewriter
{
    // The loop hands each body a token; it gets a name nothing in scope or in the body uses, so no reference changes meaning.
    private static readonly string[] TokenNames = ["cancellationToken", "loopCancellationToken", "ct"];

    public static AwaitExpressionSyntax? Rewrite(
        InvocationExpressionSyntax invocation,
        AnonymousFunctionExpressionSyntax lambda,
        string asyncName,
        SemanticModel semanticModel,
        CancellationToken cancellationToken)
    {
        if (lambda is not LambdaExpressionSyntax body
            || LambdaSyntax.SingleParameter(lambda) is not { } parameter
            || invocation.Expression is not MemberAccessExpressionSyntax { Name: var name } memberAccess
            || FreeTokenName(lambda, semanticModel, cancellationToken) is not { } tokenName)
        {
            return null;
        }

        SimpleNameSyntax asyncMethodName = name is GenericNameSyntax generic
            ? generic.WithIdentifier(SyntaxFactory.Identifier(asyncName).WithTriviaFrom(generic.Identifier))
            : SyntaxFactory.IdentifierName(asyncName).WithTriviaFrom(name);

        var rewritten = invocation
            .ReplaceNode(lambda, WithTokenParameter(body, parameter, tokenName))
            .WithExpression(memberAccess.WithName(asyncMethodName));

        // Offered only if the compiler binds the new call to the async loop.
        var bound = semanticModel.GetSpeculativeSymbolInfo(invocation.SpanStart, rewritten, SpeculativeBindingOption.BindAsExpression);
        if (bound.Symbol is not IMethodSymbol { Name: var boundName } || boundName != asyncName)
        {
            return null;
        }

        return SyntaxFactory.AwaitExpression(rewritten.WithoutLeadingTrivia()).WithLeadingTrivia(invocation.GetLeadingTrivia());
    }

    private static ParenthesizedLambdaExpressionSyntax WithTokenParameter(LambdaExpressionSyntax lambda, ParameterSyntax parameter, string tokenName)
    {
        var tokenParameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(tokenName));
        if (parameter.Type is not null)
        {
            // Lambda parameters are either all typed or none.
            tokenParameter = tokenParameter.WithType(
                SyntaxFactory.ParseTypeName("System.Threading.CancellationToken")
                    .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation)
                    .WithTrailingTrivia(SyntaxFactory.Space));
        }

        var parameters = SyntaxFactory.ParameterList(
                SyntaxFactory.SeparatedList(
                    [parameter.WithoutTrivia(), tokenParameter],
                    [SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)]))
            .WithTrailingTrivia(parameter.GetTrailingTrivia());

        if (lambda is ParenthesizedLambdaExpressionSyntax parenthesized)
        {
            return parenthesized.WithParameterList(parameters.WithTriviaFrom(parenthesized.ParameterList));
        }

        return SyntaxFactory.ParenthesizedLambdaExpression()
            .WithAttributeLists(lambda.AttributeLists)
            .WithModifiers(lambda.Modifiers)
            .WithParameterList(parameters.WithLeadingTrivia(parameter.GetLeadingTrivia()))
            .WithArrowToken(lambda.ArrowToken)
            .WithBlock(lambda.Block)
            .WithExpressionBody(lambda.ExpressionBody)
            .WithTriviaFrom(lambda);
    }

    private static string? FreeTokenName(AnonymousFunctionExpressionSyntax lambda, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        foreach (var candidate in TokenNames)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var usedInLambda = lambda.DescendantTokens().Any(token => token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == candidate);
            if (!usedInLambda && semanticModel.LookupSymbols(lambda.SpanStart, name: candidate).IsEmpty)
            {
                return candidate;
            }
        }

        return null;
    }
}
