namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// What a <c>lock</c> statement or <c>Monitor.Enter/TryEnter</c> call locks on, sorted by hazard. Every target gets exactly
/// one kind, so INTR107 (weak identity) and INTR108 (changing reference) can never report the same expression.
/// </summary>
internal enum LockTargetKind
{
    /// <summary>Nothing wrong that the rules can see: a private readonly field, a parameter, a method's result, …</summary>
    Unremarkable = 0,

    // INTR107: an object other code can lock too, or one with no stable identity.

    /// <summary><c>this</c> in a type that other code can get instances of.</summary>
    ThisInstance,

    /// <summary><c>typeof(…)</c>, <c>GetType()</c> or another reflection object: shared by the whole process.</summary>
    TypeObject,

    /// <summary>Any string: literals and constants are interned process-wide, other strings exclude nothing.</summary>
    String,

    /// <summary>A value type passed to <c>Monitor</c>: boxed into a new object on every call.</summary>
    BoxedValue,

    /// <summary>A <c>System.Threading.Thread</c>, which any code can get hold of.</summary>
    ThreadObject,

    /// <summary>A field or property declared in this project that is public all the way out.</summary>
    PublicMember,

    // INTR108: a reference that can be a different object for different threads.

    /// <summary>A field that is not readonly (the rule ignores it when it is public: that is <see cref="PublicMember"/>).</summary>
    MutableField,

    /// <summary>An auto-property with a setter.</summary>
    SettableProperty,

    /// <summary>A property whose getter returns a new object.</summary>
    NewObjectProperty,

    /// <summary><c>new object()</c> (or any creation) written in the lock itself.</summary>
    NewObject,

    /// <summary>A local created in the same method and never shared with another function or thread.</summary>
    NewLocalObject,
}

internal static class LockTargetKindExtensions
{
    /// <summary>The property key under which the analyzers hand the target's kind to the code fixes.</summary>
    public const string PropertyKey = "LockTarget";

    public static bool IsWeakIdentity(this LockTargetKind kind) =>
        kind is LockTargetKind.ThisInstance or LockTargetKind.TypeObject or LockTargetKind.String
            or LockTargetKind.BoxedValue or LockTargetKind.ThreadObject or LockTargetKind.PublicMember;

    public static bool IsMutableReference(this LockTargetKind kind) =>
        kind is LockTargetKind.MutableField or LockTargetKind.SettableProperty or LockTargetKind.NewObjectProperty
            or LockTargetKind.NewObject or LockTargetKind.NewLocalObject;
}
