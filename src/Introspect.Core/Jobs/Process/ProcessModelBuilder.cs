using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Process;

/// <summary>
/// Builds a job's <see cref="ProcessModel"/> from its entry method: the control flow read from IOperation,
/// calls into the solution's own code followed to <see cref="ProcessModelOptions.MaxDepth"/>, effects classified
/// from symbols. The same input gives the same model; odd code gives a smaller model, not an exception.
/// </summary>
public static class ProcessModelBuilder
{
    /// <summary>Builds from a loaded solution: every C# project's compilation is searched for own code and implementations.</summary>
    public static async Task<ProcessModel> BuildAsync(IMethodSymbol entryMethod, Solution solution, ProcessModelOptions options, CancellationToken cancellationToken)
    {
        var compilations = new List<Compilation>();
        foreach (var project in solution.Projects.Where(project => project.Language == LanguageNames.CSharp).OrderBy(project => project.FilePath, StringComparer.Ordinal).ThenBy(project => project.Name, StringComparer.Ordinal))
        {
            if (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is { } compilation)
            {
                compilations.Add(compilation);
            }
        }

        return Build(entryMethod, compilations, options, cancellationToken);
    }

    /// <summary>Builds from compilations already at hand (one for a snippet; all of a solution's for several projects).</summary>
    public static ProcessModel Build(IMethodSymbol entryMethod, IEnumerable<Compilation> compilations, ProcessModelOptions options, CancellationToken cancellationToken) =>
        Build(entryMethod, new SourceLookup(compilations), options, cancellationToken);

    /// <summary>
    /// Builds several models over the same source, sharing the index of implementations and table names; what the
    /// jobs command uses for all the jobs of a solution.
    /// </summary>
    public static async Task<IReadOnlyList<ProcessModel>> BuildAllAsync(IEnumerable<IMethodSymbol> entryMethods, Solution solution, ProcessModelOptions options, CancellationToken cancellationToken)
    {
        var compilations = new List<Compilation>();
        foreach (var project in solution.Projects.Where(project => project.Language == LanguageNames.CSharp).OrderBy(project => project.FilePath, StringComparer.Ordinal).ThenBy(project => project.Name, StringComparer.Ordinal))
        {
            if (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is { } compilation)
            {
                compilations.Add(compilation);
            }
        }

        var lookup = new SourceLookup(compilations);
        return [.. entryMethods.Select(entry => Build(entry, lookup, options, cancellationToken))];
    }

    private static ProcessModel Build(IMethodSymbol entryMethod, SourceLookup lookup, ProcessModelOptions options, CancellationToken cancellationToken)
    {
        var context = new FlowContext(lookup, options, cancellationToken);
        var steps = context.Calls.ReadEntry(entryMethod);
        var location = entryMethod.Locations.FirstOrDefault(candidate => candidate.IsInSource) is { } source ? CodeText.Position(source) : null;
        return new ProcessModel(ExpressionReader.Display(entryMethod), location, options.MaxDepth, steps, ResourceSummary.Of(steps));
    }
}

/// <summary>The resources of a tree: one entry per kind and resource, accesses merged, in a fixed order.</summary>
public static class ResourceSummary
{
    public static System.Collections.Immutable.ImmutableArray<ResourceUse> Of(IEnumerable<ProcessNode> steps) =>
    [
        .. ProcessTree.Effects(steps)
            .GroupBy(effect => (effect.Kind, effect.Resource))
            .Select(group => new ResourceUse(
                group.Key.Kind,
                group.Key.Resource,
                group.Select(effect => effect.Access).Aggregate(EffectAccess.None, Merge),
                [.. group.Select(effect => effect.Operation).Distinct().Order(StringComparer.Ordinal)],
                [.. group.Select(effect => effect.Detail).OfType<string>().Distinct().Order(StringComparer.Ordinal)]))
            .OrderBy(use => use.Kind)
            .ThenBy(use => use.Resource, StringComparer.Ordinal),
    ];

    public static EffectAccess Merge(EffectAccess left, EffectAccess right) => (left, right) switch
    {
        (EffectAccess.None, _) => right,
        (_, EffectAccess.None) => left,
        _ when left == right => left,
        _ => EffectAccess.ReadWrite,
    };
}
