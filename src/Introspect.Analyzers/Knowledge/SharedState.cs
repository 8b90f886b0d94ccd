using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>How an object used inside a concurrent lambda is reached.</summary>
internal enum SharedKind
{
    /// <summary>Declared inside the lambda, a lambda parameter (the per-iteration item), or not a variable at all.</summary>
    NotShared,

    /// <summary>A local or parameter of the enclosing code, captured by the lambda (or a member reached through one).</summary>
    Captured,

    /// <summary>A field or property of the instance, or a static one, declared in source.</summary>
    Member,
}

/// <summary>
/// Whether a reference inside a concurrent lambda names state that other threads can reach: a captured outer local,
/// a field of the instance or a static. Per-iteration locals and lambda parameters are not shared, nor is framework
/// state such as <c>Random.Shared</c> (the BCL makes what it exposes statically thread-safe), nor <c>[ThreadStatic]</c>.
/// </summary>
internal static class SharedState
{
    private const string ThreadStaticAttribute = "System.ThreadStaticAttribute";

    public static SharedKind Classify(IOperation reference, IMethodSymbol region)
    {
        switch (OperationOrigin.Unwrap(reference))
        {
            case ILocalReferenceOperation local:
                return IsWithin(local.Local.ContainingSymbol, region) ? SharedKind.NotShared : SharedKind.Captured;
            case IParameterReferenceOperation parameter:
                return IsWithin(parameter.Parameter.ContainingSymbol, region) ? SharedKind.NotShared : SharedKind.Captured;
            case IFieldReferenceOperation field when IsOwnState(field.Field) && !field.Field.IsConst && !IsThreadStatic(field.Field):
                return Through(field.Field.IsStatic, field.Instance, region);
            case IPropertyReferenceOperation property when property.Arguments.IsEmpty && IsOwnState(property.Property):
                return Through(property.Property.IsStatic, property.Instance, region);
            default:
                return SharedKind.NotShared;
        }
    }

    /// <summary>The variable a reference names, for telling two uses of the same state apart from different state.</summary>
    public static ISymbol? SymbolOf(IOperation reference) => OperationOrigin.Unwrap(reference) switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IMemberReferenceOperation member => member.Member,
        _ => null,
    };

    /// <summary>
    /// The static field or property declared in source that a reference names (not const, not <c>[ThreadStatic]</c>),
    /// or null: state that every thread of the process shares, whatever instance or lambda the code runs in.
    /// </summary>
    public static ISymbol? OwnStaticOf(IOperation reference) => OperationOrigin.Unwrap(reference) switch
    {
        IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } field } when IsOwnState(field) && !IsThreadStatic(field) => field,
        IPropertyReferenceOperation { Property: { IsStatic: true } property, Arguments.IsEmpty: true } when IsOwnState(property) => property,
        _ => null,
    };

    // A member of `this` or a static is shared; a member of something else is as shared as that something.
    private static SharedKind Through(bool isStatic, IOperation? instance, IMethodSymbol region) =>
        isStatic || instance is null or IInstanceReferenceOperation ? SharedKind.Member : Classify(instance, region);

    /// <summary>Whether a symbol belongs to the lambda or to a function nested in it.</summary>
    private static bool IsWithin(ISymbol? owner, IMethodSymbol region)
    {
        for (var current = owner; current is IMethodSymbol method; current = method.ContainingSymbol)
        {
            if (SymbolEqualityComparer.Default.Equals(method, region))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOwnState(ISymbol member) => !member.Locations.IsEmpty && member.Locations[0].IsInSource;

    private static bool IsThreadStatic(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == ThreadStaticAttribute)
            {
                return true;
            }
        }

        return false;
    }
}
