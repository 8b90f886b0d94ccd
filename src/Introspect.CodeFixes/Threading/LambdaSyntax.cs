using Introspect.Analyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Introspect.CodeFixes.Threading;

/// <summary>Syntax questions the INTR102 rewrites ask about a lambda and the function around it.</summary>
internal static class LambdaSyntax
{
    /// <summary>The lambda's only parameter, if it has exactly one and it carries no modifiers or attributes.</summary>
    public static ParameterSyntax? SingleParameter(AnonymousFunctionExpressionSyntax lambda)
    {
        var parameter = lambda switch
        {
            SimpleLambdaExpressionSyntax simple => simple.Parameter,
            ParenthesizedLambdaExpressionSyntax { ReturnType: null, ParameterList.Parameters: { Count: 1 } only } => only[0],
            AnonymousMethodExpressionSyntax { ParameterList.Parameters: { Count: 1 } only } => only[0],
            _ => null,
        };

        return parameter is { Modifiers.Count: 0, AttributeLists.Count: 0, Default: null } ? parameter : null;
    }

    /// <summary>Names of the locals, local functions, pattern and out variables a function body declares in its own scopes.</summary>
    public static IEnumerable<string> DeclaredNames(SyntaxNode root, SyntaxNode? exclude = null)
    {
        foreach (var node in FunctionSyntax.OwnNodes(root))
        {
            if (exclude is not null && exclude.Span.Contains(node.Span))
            {
                continue;
            }

            var name = node switch
            {
                VariableDeclaratorSyntax declarator => declarator.Identifier.ValueText,
                SingleVariableDesignationSyntax designation => designation.Identifier.ValueText,
                ForEachStatementSyntax forEach => forEach.Identifier.ValueText,
                CatchDeclarationSyntax { Identifier.ValueText.Length: > 0 } @catch => @catch.Identifier.ValueText,
                LocalFunctionStatementSyntax localFunction => localFunction.Identifier.ValueText,
                _ => null,
            };

            if (name is not null)
            {
                yield return name;
            }
        }
    }

    /// <summary>The parameters of a function; top-level statements have the implicit <c>args</c>.</summary>
    public static IEnumerable<string> ParameterNames(SyntaxNode function)
    {
        IEnumerable<ParameterSyntax> parameters = function switch
        {
            SimpleLambdaExpressionSyntax simple => [simple.Parameter],
            ParenthesizedLambdaExpressionSyntax parenthesized => parenthesized.ParameterList.Parameters,
            AnonymousMethodExpressionSyntax { ParameterList: { } list } => list.Parameters,
            LocalFunctionStatementSyntax localFunction => localFunction.ParameterList.Parameters,
            BaseMethodDeclarationSyntax method => method.ParameterList.Parameters,
            _ => [],
        };

        if (function is CompilationUnitSyntax)
        {
            yield return "args";
        }

        foreach (var parameter in parameters)
        {
            yield return parameter.Identifier.ValueText;
        }
    }

    /// <summary>Where a function's own scopes end: its locals are checked up to here, and no further out.</summary>
    public static bool IsFunctionBoundary(SyntaxNode node) =>
        node is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or BaseMethodDeclarationSyntax
            or AccessorDeclarationSyntax or CompilationUnitSyntax;
}
