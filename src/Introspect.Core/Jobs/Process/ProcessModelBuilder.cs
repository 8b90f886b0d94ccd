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
    public static async Task<ProcessModel> BuildAsync(IMethodSymbol entryMethod, Solution solution, ProcessModelOptions options, CancellationToken cancellationToken) =>
        Build(entryMethod, await LookupAsync(solution, cancellationToken).ConfigureAwait(false), options, cancellationToken);

    /// <summary>
    /// Builds the models of several entry methods over one solution, sharing the index of implementations and the
    /// table names: what the jobs command uses for all the jobs it found. The models are in the order of the entries.
    /// </summary>
    public static async Task<IReadOnlyList<ProcessModel>> BuildAllAsync(IEnumerable<IMethodSymbol> entryMethods, Solution solution, ProcessModelOptions options, CancellationToken cancellationToken)
    {
        var lookup = await LookupAsync(solution, cancellationToken).ConfigureAwait(false);
        return [.. entryMethods.Select(entry => Build(entry, lookup, options, cancellationToken))];
    }

    /// <summary>Builds from compilations already at hand (one for a snippet; all of a solution's for several projects).</summary>
    public static ProcessModel Build(IMethodSymbol entryMethod, IEnumerable<Compilation> compilations, ProcessModelOptions options, CancellationToken cancellationToken) =>
        Build(entryMethod, new SourceLookup(compilations), options, cancellationToken);

    private static async Task<SourceLookup> LookupAsync(Solution solution, CancellationToken cancellationToken)
    {
        var compilations = new List<Compilation>();
        var projects = solution.Projects
            .Where(project => project.Language == LanguageNames.CSharp)
            .OrderBy(project => project.FilePath, StringComparer.Ordinal)
            .ThenBy(project => project.Name, StringComparer.Ordinal);
        foreach (var project in projects)
        {
            if (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is { } compilation)
            {
                compilations.Add(compilation);
            }
        }

        return new SourceLookup(compilations);
    }

    private static ProcessModel Build(IMethodSymbol entryMethod, SourceLookup lookup, ProcessModelOptions options, CancellationToken cancellationToken)
    {
        var context = new FlowContext(lookup, options, cancellationToken);
        var steps = context.Calls.ReadEntry(entryMethod);
        var location = entryMethod.Locations.FirstOrDefault(candidate => candidate.IsInSource) is { } source ? CodeText.Position(source) : null;
        return new ProcessModel(ExpressionReader.Display(entryMethod), location, options.MaxDepth, steps, ResourceSummary.Of(steps));
    }
}
