using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// A type looked up by metadata name the first time a rule needs it, then kept for the compilation. A lookup
/// searches every referenced assembly, so a rule that never meets the code it is about (no Monitor call, no job
/// class) should not pay for the types it would have compared it with. Safe to share between threads: a race
/// only looks the same type up twice.
/// </summary>
internal sealed class LazyType(Compilation compilation, string metadataName)
{
    private static readonly object NotFound = new();

    private object? _resolved;

    /// <summary>The type, or null when the compilation cannot see it.</summary>
    public INamedTypeSymbol? Symbol
    {
        get
        {
            var resolved = Volatile.Read(ref _resolved);
            if (resolved is null)
            {
                resolved = (object?)compilation.GetTypeByMetadataName(metadataName) ?? NotFound;
                Volatile.Write(ref _resolved, resolved);
            }

            return resolved as INamedTypeSymbol;
        }
    }
}
