using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Knowledge;

/// <summary>
/// Whether an <c>XAsync</c> method is the async overload of a synchronous <c>X</c>: the same parameters once a
/// trailing CancellationToken is set aside, where a span may become the matching memory type
/// (<c>Read(Span&lt;byte&gt;)</c> and <c>ReadAsync(Memory&lt;byte&gt;, CancellationToken)</c>) and the receiver of two
/// extension methods may differ (<c>ToList(IEnumerable&lt;T&gt;)</c> and <c>ToListAsync(IQueryable&lt;T&gt;)</c>).
/// </summary>
internal static class AsyncSignature
{
    public static bool Corresponds(IMethodSymbol sync, IMethodSymbol candidate, INamedTypeSymbol? cancellationToken)
    {
        var syncCount = CountWithoutTrailingToken(sync, cancellationToken);
        if (syncCount != CountWithoutTrailingToken(candidate, cancellationToken))
        {
            return false;
        }

        for (var i = 0; i < syncCount; i++)
        {
            if (i == 0 && sync.IsExtensionMethod && candidate.IsExtensionMethod)
            {
                continue;
            }

            if (!TypesCorrespond(sync.Parameters[i].Type, candidate.Parameters[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountWithoutTrailingToken(IMethodSymbol method, INamedTypeSymbol? cancellationToken)
    {
        var count = method.Parameters.Length;
        return count > 0 && ThreadingTypes.Is(method.Parameters[count - 1].Type, cancellationToken) ? count - 1 : count;
    }

    private static bool TypesCorrespond(ITypeSymbol sync, ITypeSymbol candidate)
    {
        switch (sync, candidate)
        {
            case (ITypeParameterSymbol syncParameter, ITypeParameterSymbol candidateParameter):
                return syncParameter.TypeParameterKind == candidateParameter.TypeParameterKind
                    && syncParameter.Ordinal == candidateParameter.Ordinal;
            case (IArrayTypeSymbol syncArray, IArrayTypeSymbol candidateArray):
                return syncArray.Rank == candidateArray.Rank && TypesCorrespond(syncArray.ElementType, candidateArray.ElementType);
            case (INamedTypeSymbol syncNamed, INamedTypeSymbol candidateNamed):
                if (!SymbolEqualityComparer.Default.Equals(syncNamed.OriginalDefinition, candidateNamed.OriginalDefinition)
                    && !IsSpanForMemory(syncNamed, candidateNamed))
                {
                    return false;
                }

                if (syncNamed.TypeArguments.Length != candidateNamed.TypeArguments.Length)
                {
                    return false;
                }

                for (var i = 0; i < syncNamed.TypeArguments.Length; i++)
                {
                    if (!TypesCorrespond(syncNamed.TypeArguments[i], candidateNamed.TypeArguments[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return SymbolEqualityComparer.Default.Equals(sync, candidate);
        }
    }

    private static bool IsSpanForMemory(INamedTypeSymbol sync, INamedTypeSymbol candidate) =>
        sync.ContainingNamespace?.Name == "System"
        && candidate.ContainingNamespace?.Name == "System"
        && (sync.Name, candidate.Name) is ("Span", "Memory") or ("ReadOnlySpan", "ReadOnlyMemory");
}
