using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.CodeFixes.Threading;

/// <summary>Where an <c>await</c> may be written: which function a node is in, and the places C# forbids an await.</summary>
internal static class AwaitPlacement
{
    /// <summary>The innermost method, local function, lambda or anonymous method around a node; null in any other member.</summary>
    public static SyntaxNode? EnclosingFunction(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or MethodDeclarationSyntax:
                    return ancestor;
                case MemberDeclarationSyntax:
                    // Constructors, accessors, operators, field initializers, top-level statements: they cannot become async.
                    return null;
            }
        }

        return null;
    }

    public static bool IsAsync(SyntaxNode function) => function switch
    {
        AnonymousFunctionExpressionSyntax anonymous => anonymous.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
        LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.AsyncKeyword),
        MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.AsyncKeyword),
        _ => false,
    };

    /// <summary>Whether <c>await</c> is allowed at <paramref name="node"/>, inside <paramref name="function"/> once that is async.</summary>
    public static bool CanAwaitAt(SyntaxNode node, SyntaxNode function)
    {
        foreach (var ancestor in node.Ancestors())
        {
            if (ancestor == function)
            {
                return !Modifiers(function).Any(SyntaxKind.UnsafeKeyword);
            }

            // CS1996 (lock), CS1995/CS1992 (query clauses), CS7094 (catch filter), CS4004 (unsafe).
            if (ancestor is LockStatementSyntax or QueryExpressionSyntax or CatchFilterClauseSyntax or UnsafeStatementSyntax)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Ref locals and ref-struct locals (<c>Span&lt;T&gt;</c>) may not live across an await; a function that has any is
    /// left alone rather than risk a compile error.
    /// </summary>
    public static bool HasRefLocals(SemanticModel model, SyntaxNode function, CancellationToken cancellationToken)
    {
        var body = Body(function);
        if (body is null || model.GetOperation(body, cancellationToken) is not { } operation)
        {
            return body is null;
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

        return false;
    }

    public static SyntaxNode? Body(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression,
        LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression,
        AnonymousFunctionExpressionSyntax anonymous => anonymous.Body,
        _ => null,
    };

    /// <summary>The statements and expressions of a function, without those of the functions nested in it.</summary>
    public static IEnumerable<SyntaxNode> OwnNodes(SyntaxNode function) =>
        Body(function)?.DescendantNodesAndSelf(node => node == function || !IsFunction(node)) ?? [];

    private static bool IsFunction(SyntaxNode node) => node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

    private static SyntaxTokenList Modifiers(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.Modifiers,
        LocalFunctionStatementSyntax local => local.Modifiers,
        AnonymousFunctionExpressionSyntax anonymous => anonymous.Modifiers,
        _ => default,
    };
}
