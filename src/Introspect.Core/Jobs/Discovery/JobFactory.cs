using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>Builds a discovered job from the symbols a recogniser found.</summary>
internal static class JobFactory
{
    public static DiscoveredJob Create(
        DiscoveryContext context,
        JobFramework framework,
        string frameworkName,
        INamedTypeSymbol type,
        IMethodSymbol? entry,
        IEnumerable<JobTrigger> triggers,
        JobConcurrency? concurrency = null,
        IEnumerable<SourceLocation>? registrations = null,
        IEnumerable<string>? notes = null)
    {
        var entryName = entry?.Name ?? "(none)";
        var job = new Job
        {
            Id = JobSymbols.Id(type, entryName),
            Framework = framework,
            FrameworkName = frameworkName,
            DisplayName = JobSymbols.DisplayName(type),
            TypeName = JobSymbols.TypeName(type),
            EntryMethod = entryName,
            Project = context.Project.Name,
            Location = context.Location((ISymbol?)entry ?? type),
            Triggers = [.. triggers],
            Concurrency = concurrency ?? JobConcurrency.None,
            Registrations = registrations is null ? [] : [.. registrations],
            Notes = notes is null ? [] : [.. notes],
        };
        return new DiscoveredJob(job, type, entry, context.Project);
    }

    /// <summary>The method named <paramref name="name"/> that the type declares or inherits from source, else from anywhere.</summary>
    public static IMethodSymbol? FindMethod(INamedTypeSymbol type, string name, Func<IMethodSymbol, bool>? filter = null)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var method = current.GetMembers(name).OfType<IMethodSymbol>().FirstOrDefault(candidate => !candidate.IsAbstract && (filter is null || filter(candidate)));
            if (method is not null)
            {
                return method;
            }
        }

        return null;
    }

    public static ImmutableArray<string> Notes(params string?[] notes) => [.. notes.OfType<string>()];
}
