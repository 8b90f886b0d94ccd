using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>
/// The attributes that keep two runs of a job apart: Hangfire's <c>[DisableConcurrentExecution]</c> (and the
/// community filters <c>[SkipWhenPreviousJobIsRunning]</c> and Hangfire.Throttling's <c>[Mutex]</c>), Quartz's
/// <c>[DisallowConcurrentExecution]</c>. Found on the method, its class or a base class, as the frameworks look
/// them up; compared by name so a filter from an extension package counts too.
/// </summary>
internal static class OverlapGuardAttributes
{
    private static readonly HashSet<string> Names =
    [
        "DisableConcurrentExecutionAttribute", "SkipWhenPreviousJobIsRunningAttribute", "MutexAttribute",
        "DisallowConcurrentExecutionAttribute",
    ];

    public static bool IsGuarded(IMethodSymbol? method, INamedTypeSymbol? type)
    {
        if (method is not null && HasGuard(method))
        {
            return true;
        }

        for (var current = type ?? method?.ContainingType; current is not null; current = current.BaseType)
        {
            if (HasGuard(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasGuard(ISymbol symbol) =>
        symbol.GetAttributes().Any(attribute => attribute.AttributeClass is { } type && Names.Contains(type.Name));
}
