using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.CodeFixes.Threading;

/// <summary>Where C# lets an <c>await</c> be written, and how to write one around an expression.</summary>
internal static class AwaitPlacement
{
    /// <summary>
    /// The method, local function or lambda whose body holds <paramref name="node"/>: the function an inserted
    /// <c>await</c> would belong to.
    /// </summary>
    public static SyntaxNode? EnclosingFunction(SyntaxNode node) =>
        node.Ancestors().FirstOrDefault(ancestor => ancestor is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax
            or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax or PropertyDeclarationSyntax
            or IndexerDeclarationSyntax or CompilationUnitSyntax);

    /// <summary>
    /// Whether an <c>await</c> may stand at <paramref name="node"/>: not in a lock body, a catch filter, an unsafe
    /// context or a query clause (CS1996, CS7094, CS4004, CS1995).
    /// </summary>
    public static bool IsAllowedAt(SyntaxNode node, SyntaxNode function)
    {
        for (var current = node.Parent; current is not null && current != function; current = current.Parent)
        {
            switch (current)
            {
                case LockStatementSyntax:
                case CatchFilterClauseSyntax:
                case UnsafeStatementSyntax:
                case QueryBodySyntax:
                case JoinClauseSyntax:
                    return false;
            }
        }

        return function is not MemberDeclarationSyntax member || !member.Modifiers.Any(SyntaxKind.UnsafeKeyword);
    }

    /// <summary><c>await expression</c>, keeping the expression's leading trivia in front of the keyword.</summary>
    public static AwaitExpressionSyntax Await(ExpressionSyntax expression) =>
        SyntaxFactory.AwaitExpression(
                SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space),
                expression.WithoutLeadingTrivia())
            .WithLeadingTrivia(expression.GetLeadingTrivia());

    /// <summary>
    /// The awaited call, parenthesised where it is the target of a member access, an element access or an
    /// invocation (<c>(await x).Count</c>).
    /// </summary>
    public static ExpressionSyntax AwaitInPlace(ExpressionSyntax original, ExpressionSyntax replacement)
    {
        var awaited = Await(replacement);
        return original.Parent switch
        {
            MemberAccessExpressionSyntax access when access.Expression == original => Parenthesize(awaited),
            ConditionalAccessExpressionSyntax access when access.Expression == original => Parenthesize(awaited),
            ElementAccessExpressionSyntax access when access.Expression == original => Parenthesize(awaited),
            InvocationExpressionSyntax invocation when invocation.Expression == original => Parenthesize(awaited),
            PostfixUnaryExpressionSyntax => Parenthesize(awaited),
            _ => awaited,
        };
    }

    private static ExpressionSyntax Parenthesize(ExpressionSyntax expression) =>
        SyntaxFactory.ParenthesizedExpression(expression.WithoutTrivia()).WithTriviaFrom(expression);
}
