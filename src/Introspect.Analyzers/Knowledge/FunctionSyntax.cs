using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Syntax questions about a function (method, local function, lambda or anonymous method) that the analyzers and
/// the code fixes share: is it async, where is its body, and which nodes are its own rather than a nested function's.
/// </summary>
internal static class FunctionSyntax
{
    /// <summary>A lambda, anonymous method or local function: code inside it runs as a function of its own.</summary>
    public static bool IsNestedFunction(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax;

    public static bool IsAsync(SyntaxNode function) => function switch
    {
        AnonymousFunctionExpressionSyntax anonymous => anonymous.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword),
        _ => Modifiers(function).Any(SyntaxKind.AsyncKeyword),
    };

    /// <summary>The modifiers of a member, local function or lambda; empty for anything else.</summary>
    public static SyntaxTokenList Modifiers(SyntaxNode function) => function switch
    {
        MemberDeclarationSyntax member => member.Modifiers,
        LocalFunctionStatementSyntax local => local.Modifiers,
        AnonymousFunctionExpressionSyntax anonymous => anonymous.Modifiers,
        _ => default,
    };

    /// <summary>The block or expression body of a method, constructor, operator, accessor, local function or lambda.</summary>
    public static SyntaxNode? Body(SyntaxNode function) => function switch
    {
        BaseMethodDeclarationSyntax method => (SyntaxNode?)method.Body ?? method.ExpressionBody?.Expression,
        AccessorDeclarationSyntax accessor => (SyntaxNode?)accessor.Body ?? accessor.ExpressionBody?.Expression,
        LocalFunctionStatementSyntax local => (SyntaxNode?)local.Body ?? local.ExpressionBody?.Expression,
        AnonymousFunctionExpressionSyntax anonymous => anonymous.Body,
        _ => null,
    };

    /// <summary>
    /// The nodes of <paramref name="root"/> (a function, its body, or top-level statements) that belong to it, without
    /// those of the lambdas, local functions and type declarations nested in it.
    /// </summary>
    public static IEnumerable<SyntaxNode> OwnNodes(SyntaxNode root)
    {
        var start = root is CompilationUnitSyntax ? root : Body(root) ?? root;
        return start.DescendantNodesAndSelf(node => node == root || !IsScopeBoundary(node));
    }

    private static bool IsScopeBoundary(SyntaxNode node) =>
        IsNestedFunction(node) || (node is MemberDeclarationSyntax and not GlobalStatementSyntax);
}
