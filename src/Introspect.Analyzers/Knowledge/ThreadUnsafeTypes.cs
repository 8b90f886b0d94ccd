using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The BCL types whose instances must not be changed by two threads at once (the generic collections,
/// <c>StringBuilder</c>, <c>Random</c>), and which uses of them change them. Reads (<c>Contains</c>,
/// <c>TryGetValue</c>, <c>Count</c>, <c>ToString</c>) are safe as long as nothing writes at the same time. The
/// concurrent and immutable collections are not listed: they are what to use instead. Created once per compilation.
/// </summary>
internal sealed class ThreadUnsafeTypes
{
    private static readonly string[] CollectionNames =
    [
        WellKnownTypeNames.ListOfT,
        "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.HashSet`1",
        "System.Collections.Generic.Queue`1",
        "System.Collections.Generic.Stack`1",
        "System.Collections.Generic.SortedDictionary`2",
        "System.Collections.Generic.SortedList`2",
        "System.Collections.Generic.SortedSet`1",
        "System.Collections.Generic.LinkedList`1",
        "System.Collections.Generic.PriorityQueue`2",
    ];

    private static readonly HashSet<string> ReadMethods = new(StringComparer.Ordinal)
    {
        "Contains", "ContainsKey", "ContainsValue", "TryGetValue", "IndexOf", "LastIndexOf", "Find", "FindAll", "FindIndex",
        "FindLast", "FindLastIndex", "Exists", "TrueForAll", "BinarySearch", "GetRange", "Slice", "ToArray", "CopyTo",
        "ConvertAll", "GetEnumerator", "Peek", "TryPeek", "IsSubsetOf", "IsSupersetOf", "IsProperSubsetOf",
        "IsProperSupersetOf", "Overlaps", "SetEquals", "GetViewBetween", "AsReadOnly", "GetAlternateLookup",
        "TryGetAlternateLookup", "ForEach", "GetKeyAtIndex", "GetValueAtIndex", "IndexOfKey", "IndexOfValue", "GetChunks",
        "ToString", "Equals", "GetHashCode", "GetType",
    };

    private readonly LazyType[] _collections;
    private readonly LazyType _stringBuilder;
    private readonly LazyType _random;

    private ThreadUnsafeTypes(Compilation compilation)
    {
        _collections = Array.ConvertAll(CollectionNames, name => new LazyType(compilation, name));
        _stringBuilder = new(compilation, "System.Text.StringBuilder");
        _random = new(compilation, "System.Random");
    }

    public static ThreadUnsafeTypes Create(Compilation compilation) => new(compilation);

    /// <summary>
    /// When <paramref name="operation"/> changes a thread-unsafe object, the object and what the change is
    /// ("Add", "an indexer write"); otherwise null. Extension methods (LINQ) only read and are not looked at.
    /// </summary>
    public string? Mutation(IOperation operation, out IOperation? target)
    {
        target = null;
        switch (operation)
        {
            case IInvocationOperation { Instance: { } instance, TargetMethod: { IsStatic: false } method }
                when !ReadMethods.Contains(method.Name) && IsThreadUnsafe(instance.Type, out var isRandom)
                    && (isRandom || !IsReadOnlyCall(method)):
                target = instance;
                return method.Name;
            case IPropertyReferenceOperation { Instance: { } instance, Property: { } property } reference
                when IsWritten(reference) && IsThreadUnsafe(instance.Type, out _) && !IsPerSlotWrite(property):
                target = instance;
                return property.IsIndexer ? "an indexer write" : "a write to " + property.Name;
            default:
                return null;
        }
    }

    private bool IsThreadUnsafe(ITypeSymbol? type, out bool isRandom)
    {
        isRandom = false;
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        var definition = named.OriginalDefinition;
        switch (definition.Name)
        {
            case "Random":
                isRandom = ThreadingTypes.Is(definition, _random.Symbol);
                return isRandom;
            case "StringBuilder":
                return ThreadingTypes.Is(definition, _stringBuilder.Symbol);
        }

        foreach (var collection in _collections)
        {
            if (ThreadingTypes.Is(definition, collection.Symbol))
            {
                return true;
            }
        }

        return false;
    }

    // A StringBuilder or collection call that returns a view but changes nothing (SortedSet.Reverse() is an enumerable).
    private static bool IsReadOnlyCall(IMethodSymbol method) => method.Name == "Reverse" && !method.ReturnsVoid;

    private static bool IsWritten(IOperation reference) => reference.Parent switch
    {
        IAssignmentOperation assignment => assignment.Target == reference,
        IIncrementOrDecrementOperation => true,
        _ => false,
    };

    // list[i] = x replaces one slot and never resizes: distinct indexes from distinct threads do not collide.
    private static bool IsPerSlotWrite(IPropertySymbol property) =>
        property.IsIndexer && property.ContainingType.Name == "List";
}
