using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Threading;

/// <summary>
/// Where an <c>await</c> may be written and how to write it: the code an await belongs to, the function the
/// make-async fix would convert, the places C# forbids an await, and the await expression itself.
/// </summary>
internal static class AwaitPlacement
{
    /// <summary>
    /// The code an <c>await</c> written at <paramref name="node"/> would belong to: the innermost method, constructor,
    /// operator, accessor, expression-bodied property, local function, lambda or anonymous method whose body holds the
    /// node, or the compilation unit for top-level statements. Null where no statement runs (a field or property
    /// initializer, an attribute, a parameter default, a constructor initializer).
    /// </summary>
    public static SyntaxNode? AwaitOwner(SyntaxNode node)
    {
        for (var child = node; child.Parent is { } parent; child = parent)
        {
            switch (parent)
            {
                case GlobalStatementSyntax:
                    return parent.Parent as CompilationUnitSyntax;
                case BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax
                    or BasePropertyDeclarationSyntax:
                    return IsBodyOf(child, parent) ? parent : null;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The function the make-async fix would convert for code at <paramref name="node"/>: the method, local function,
    /// lambda or anonymous method an await there belongs to. Null when that is a constructor, operator, accessor,
    /// property or top-level statements: none of them can be made async.
    /// </summary>
    public static SyntaxNode? FunctionToMakeAsync(SyntaxNode node) =>
        AwaitOwner(node) is { } owner && owner is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax
            ? owner
            : null;

    /// <summary>Whether the owner takes an await as it is: an async function, or top-level statements (their entry point becomes async with the first await).</summary>
    public static bool AcceptsAwait(SyntaxNode owner) => owner is CompilationUnitSyntax || FunctionSyntax.IsAsync(owner);

    /// <summary>
    /// Whether an <c>await</c> may stand at <paramref name="node"/> in <paramref name="owner"/> (see <see cref="AwaitOwner"/>)
    /// once the owner is async. Not in a nested non-async function (CS1992), in a query clause other than the first
    /// <c>from</c> collection or a <c>join</c> collection (CS1995), in a lock body (CS1996), in a catch filter (CS7094),
    /// or in an unsafe context (CS4004).
    /// </summary>
    public static bool CanAwaitAt(SyntaxNode node, SyntaxNode owner)
    {
        for (var child = node; child != owner; child = child.Parent)
        {
            switch (child.Parent)
            {
                case null:
                    return false;
                case var parent when parent == owner:
                    break;
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                    return false;
                case LockStatementSyntax lockStatement when lockStatement.Statement == child:
                    return false;
                case CatchFilterClauseSyntax or UnsafeStatementSyntax:
                    return false;
                case JoinClauseSyntax join when join.InExpression != child:
                    return false;
                case QueryBodySyntax when child is not JoinClauseSyntax:
                    return false;
            }
        }

        return !IsUnsafeContext(owner);
    }

    /// <summary>
    /// Ref locals and ref-struct locals (<c>Span&lt;T&gt;</c>) may not live across an await; a function that has any is
    /// left alone rather than risk a compile error.
    /// </summary>
    public static bool HasRefLocals(SemanticModel model, SyntaxNode function, CancellationToken cancellationToken)
    {
        SyntaxNode?[] bodies = function is CompilationUnitSyntax unit
            ? [.. unit.Members.OfType<GlobalStatementSyntax>().Select(global => global.Statement)]
            : [FunctionSyntax.Body(function)];
        foreach (var body in bodies)
        {
            if (body is null || model.GetOperation(body, cancellationToken) is not { } operation)
            {
                return true;
            }

            foreach (var descendant in operation.DescendantsAndSelf())
            {
                var local = descendant switch
                {
                    ILocalReferenceOperation reference => reference.Local,
                    IVariableDeclaratorOperation declarator => declarator.Symbol,
                    _ => null,
                };

                if (local is not null && (local.IsRef || local.Type.IsRefLikeType))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// <c>await operand</c> standing where <paramref name="original"/> stood, with its trivia, in parentheses where
    /// the original was the target of a member access, an element access, a call or a postfix operator.
    /// The decision is made on the original tree, so the operand may be a rewritten node.
    /// </summary>
    public static ExpressionSyntax AwaitInPlace(SyntaxNode original, ExpressionSyntax operand) =>
        Await(operand, original, NeedsParentheses(original));

    /// <summary><c>await operand</c> (parenthesised when asked) with the trivia of the node it replaces.</summary>
    public static ExpressionSyntax Await(ExpressionSyntax operand, SyntaxNode replaced, bool parenthesize)
    {
        ExpressionSyntax awaited = SyntaxFactory.AwaitExpression(
            SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            operand.WithoutTrivia());
        if (parenthesize)
        {
            awaited = SyntaxFactory.ParenthesizedExpression(awaited);
        }

        return awaited.WithTriviaFrom(replaced);
    }

    /// <summary>await binds like a unary operator: it needs parentheses where the expression was the target of <c>.</c>, <c>?.</c>, <c>[]</c>, a call or <c>!</c>.</summary>
    public static bool NeedsParentheses(SyntaxNode original) =>
        original.Parent switch
        {
            MemberAccessExpressionSyntax memberAccess => memberAccess.Expression == original,
            ConditionalAccessExpressionSyntax conditional => conditional.Expression == original,
            ElementAccessExpressionSyntax elementAccess => elementAccess.Expression == original,
            InvocationExpressionSyntax invocation => invocation.Expression == original,
            PostfixUnaryExpressionSyntax => true,
            _ => false,
        };

    private static bool IsBodyOf(SyntaxNode child, SyntaxNode function) => function switch
    {
        BaseMethodDeclarationSyntax method => child == method.Body || child == method.ExpressionBody,
        AccessorDeclarationSyntax accessor => child == accessor.Body || child == accessor.ExpressionBody,
        LocalFunctionStatementSyntax local => child == local.Body || child == local.ExpressionBody,
        AnonymousFunctionExpressionSyntax anonymous => child == anonymous.Body,
        PropertyDeclarationSyntax property => child == property.ExpressionBody,
        IndexerDeclarationSyntax indexer => child == indexer.ExpressionBody,
        _ => false,
    };

    /// <summary>An unsafe modifier on the owner or anything around it, or an unsafe block around it.</summary>
    private static bool IsUnsafeContext(SyntaxNode owner) =>
        owner.AncestorsAndSelf().Any(node => node is UnsafeStatementSyntax || FunctionSyntax.Modifiers(node).Any(SyntaxKind.UnsafeKeyword));
}
