using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Turns <c>list.ForEach(async item =&gt; { ... });</c> into <c>foreach (var item in list) { ... }</c> with the awaits
/// now awaited by the enclosing async method. Returns null whenever the loop would not mean the same thing.
/// </summary>
internal static class ForEachLoopRewriter
{
    public static StatementSyntax? Rewrite(
        ExpressionStatementSyntax statement,
        ExpressionSyntax collection,
        AnonymousFunctionExpressionSyntax lambda,
        SemanticModel semanticModel,
        CancellationToken cancellationToken)
    {
        if (LambdaSyntax.SingleParameter(lambda) is not { } parameter
            || LoopBody(lambda) is not { } body
            || DeclaresNameTakenInEnclosingFunction(statement, lambda, parameter)
            || MentionsCollection(lambda.Body, collection, semanticModel, cancellationToken))
        {
            return null;
        }

        var type = parameter.Type ?? SyntaxFactory.IdentifierName("var");
        return SyntaxFactory.ForEachStatement(type.WithoutTrivia(), parameter.Identifier.WithoutTrivia(), collection.WithoutTrivia(), body)
            .WithLeadingTrivia(statement.GetLeadingTrivia())
            .WithTrailingTrivia(statement.GetTrailingTrivia())
            .WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>The lambda's body as a block, with each <c>return;</c> (skip this item) turned into <c>continue;</c>.</summary>
    private static BlockSyntax? LoopBody(AnonymousFunctionExpressionSyntax lambda)
    {
        if (lambda.ExpressionBody is { } expression)
        {
            return expression is ThrowExpressionSyntax
                ? null
                : SyntaxFactory.Block(SyntaxFactory.ExpressionStatement(expression.WithoutTrivia()));
        }

        if (lambda.Block is not { } block)
        {
            return null;
        }

        var returns = FunctionSyntax.OwnNodes(block).OfType<ReturnStatementSyntax>().ToList();
        foreach (var @return in returns)
        {
            // Inside an inner loop, continue would skip to that loop's next iteration instead.
            if (@return.Expression is not null || @return.Ancestors().TakeWhile(node => node != block).Any(IsLoop))
            {
                return null;
            }
        }

        return block.ReplaceNodes(
            returns,
            (original, _) => SyntaxFactory.ContinueStatement().WithTriviaFrom(original));
    }

    /// <summary>
    /// The loop variable and the lambda's locals move into the enclosing function, where C# forbids a name that an
    /// enclosing scope of the same function already declares (a lambda may shadow, a plain block may not).
    /// </summary>
    private static bool DeclaresNameTakenInEnclosingFunction(
        ExpressionStatementSyntax statement, AnonymousFunctionExpressionSyntax lambda, ParameterSyntax parameter)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { parameter.Identifier.ValueText };
        names.UnionWith(LambdaSyntax.DeclaredNames(lambda.Body));

        var function = statement.Ancestors().FirstOrDefault(LambdaSyntax.IsFunctionBoundary);
        if (function is null)
        {
            return true;
        }

        return LambdaSyntax.ParameterNames(function).Concat(LambdaSyntax.DeclaredNames(function, exclude: statement)).Any(names.Contains);
    }

    /// <summary>Mutating the list inside the loop would throw where the fire-and-forget version raced; leave such code to a human.</summary>
    private static bool MentionsCollection(SyntaxNode body, ExpressionSyntax collection, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        var collectionSymbol = semanticModel.GetSymbolInfo(collection, cancellationToken).Symbol;
        if (collectionSymbol is null)
        {
            return collection is not (InvocationExpressionSyntax or ObjectCreationExpressionSyntax);
        }

        var name = collectionSymbol.Name;
        foreach (var identifier in body.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText == name
                && SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(identifier, cancellationToken).Symbol, collectionSymbol))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLoop(SyntaxNode node) =>
        node is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax;
}
