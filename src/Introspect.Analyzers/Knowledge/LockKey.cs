using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Which object a lock call works on, as far as the code shows it: a field, property, local or parameter, or a
/// member reached through one (<c>_gate</c>, <c>this._gate</c>, <c>job._slots</c>). Two calls on equal keys work on
/// the same lock. Anything else (a method result, an indexer) has no key, and the rules then stay silent.
/// </summary>
internal sealed class LockKey : IEquatable<LockKey>
{
    private readonly ISymbol _symbol;
    private readonly LockKey? _receiver;

    private LockKey(ISymbol symbol, LockKey? receiver)
    {
        _symbol = symbol;
        _receiver = receiver;
    }

    /// <summary>The last symbol of the chain: the field in <c>job._slots</c>, the local in <c>slots</c>.</summary>
    public ISymbol Member => _symbol;

    /// <summary>The field behind the key when it is a field of the instance being run (or a static field).</summary>
    public IFieldSymbol? OwnField => _receiver is null ? _symbol as IFieldSymbol : null;

    public static LockKey? From(IOperation? operation)
    {
        switch (operation is null ? null : OperationOrigin.Unwrap(operation))
        {
            case IFieldReferenceOperation field:
                return WithReceiver(field.Field, field.Instance);
            case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                return WithReceiver(property.Property, property.Instance);
            case ILocalReferenceOperation local:
                return new LockKey(local.Local, null);
            case IParameterReferenceOperation parameter:
                return new LockKey(parameter.Parameter, null);
            case IInstanceReferenceOperation { Type: { } type }:
                return new LockKey(type, null);
            default:
                return null;
        }
    }

    public bool Equals(LockKey? other) =>
        other is not null
        && SymbolEqualityComparer.Default.Equals(_symbol, other._symbol)
        && (_receiver is null ? other._receiver is null : _receiver.Equals(other._receiver));

    public override bool Equals(object? obj) => Equals(obj as LockKey);

    public override int GetHashCode() => SymbolEqualityComparer.Default.GetHashCode(_symbol);

    private static LockKey? WithReceiver(ISymbol member, IOperation? instance)
    {
        // Static members and members of `this` are the same object wherever they are named.
        if (instance is null or IInstanceReferenceOperation)
        {
            return new LockKey(member, null);
        }

        var receiver = From(instance);
        return receiver is null ? null : new LockKey(member, receiver);
    }
}
