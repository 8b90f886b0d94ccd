using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations;

internal static class TypeHierarchy
{
    public static bool InheritsFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType is null)
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The method with this name the type declares or inherits from a base in source (custom base classes).</summary>
    public static IMethodSymbol? FindOverride(INamedTypeSymbol type, string name, INamedTypeSymbol stopAt)
    {
        for (var current = type; current is not null && !SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, stopAt); current = current.BaseType)
        {
            foreach (var member in current.GetMembers(name))
            {
                if (member is IMethodSymbol { IsAbstract: false, DeclaringSyntaxReferences.Length: > 0 } method)
                {
                    return method;
                }
            }
        }

        return null;
    }
}
