using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>Recognises methods that follow the .NET event pattern: <c>(object sender, TEventArgs e)</c>.</summary>
internal static class EventHandlerShape
{
    public static bool Matches(IMethodSymbol method, INamedTypeSymbol? eventArgsType)
    {
        if (method.Parameters.Length != 2 || method.Parameters[0].Type.SpecialType != SpecialType.System_Object)
        {
            return false;
        }

        return eventArgsType is not null && InheritsFromOrEquals(method.Parameters[1].Type, eventArgsType);
    }

    private static bool InheritsFromOrEquals(ITypeSymbol type, INamedTypeSymbol baseType) =>
        TypeHierarchy.DerivesFrom(type, baseType)
        || (type is ITypeParameterSymbol typeParameter
            && typeParameter.ConstraintTypes.Any(constraint => InheritsFromOrEquals(constraint, baseType)));
}
