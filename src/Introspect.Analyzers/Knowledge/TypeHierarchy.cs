using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>Is-a questions about types, compared by their generic definitions (<c>DbSet&lt;Host&gt;</c> is a <c>DbSet&lt;T&gt;</c>).</summary>
internal static class TypeHierarchy
{
    /// <summary>Whether <paramref name="type"/> is <paramref name="baseType"/> or derives from it.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
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

    /// <summary>Whether <paramref name="type"/> is <paramref name="interface"/> or implements it.</summary>
    public static bool Implements(ITypeSymbol? type, INamedTypeSymbol? @interface) =>
        type is not null && @interface is not null
        && (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, @interface)
            || type.AllInterfaces.Any(candidate => SymbolEqualityComparer.Default.Equals(candidate.OriginalDefinition, @interface)));

    /// <summary>
    /// The method named <paramref name="name"/> that <paramref name="type"/> declares or inherits from a base declared in
    /// source (a custom migration base class), looking no further than <paramref name="stopAt"/>.
    /// </summary>
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
