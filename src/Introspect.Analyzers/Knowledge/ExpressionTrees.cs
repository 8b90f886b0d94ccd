using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Lambdas converted to <c>Expression&lt;TDelegate&gt;</c> are data (for a mock, an ORM, a job scheduler such as
/// Hangfire), not code that runs where it is written.
/// </summary>
internal static class ExpressionTrees
{
    public static bool IsExpressionTreeType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { Name: "Expression", Arity: 1 } named
        && named.ContainingNamespace is { } containingNamespace
        && containingNamespace.ToDisplayString() + "." + named.MetadataName == WellKnownTypeNames.ExpressionOfT;

    /// <summary>Whether the operation sits in a lambda converted to an expression tree.</summary>
    public static bool IsInsideExpressionTree(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation { Parent: { } conversion } && IsExpressionTreeType(conversion.Type))
            {
                return true;
            }
        }

        return false;
    }
}
