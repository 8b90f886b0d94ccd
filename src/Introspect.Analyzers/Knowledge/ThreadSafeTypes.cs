using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// The BCL types made to be shared between threads: the concurrent, immutable and frozen collections, <c>Lazy&lt;T&gt;</c>,
/// <c>ThreadLocal&lt;T&gt;</c> and <c>AsyncLocal&lt;T&gt;</c>. Putting a new one into a field is a single reference
/// write, and using one needs no lock. Judged by name and namespace, so no lookup is needed.
/// </summary>
internal static class ThreadSafeTypes
{
    public static bool IsThreadSafe(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        var space = named.ContainingNamespace?.ToDisplayString();
        return space switch
        {
            "System.Collections.Concurrent" or "System.Collections.Immutable" or "System.Collections.Frozen" => true,
            "System" => named.Name == "Lazy",
            "System.Threading" => named.Name is "ThreadLocal" or "AsyncLocal",
            _ => false,
        };
    }
}
