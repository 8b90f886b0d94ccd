using System.Collections.Immutable;
using Introspect.Core.Analysis;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Discovery;
using Introspect.Core.Loading;
using Introspect.Core.Migrations;
using Introspect.Diagrams.Rendering;
using Introspect.Docs.Output;
using Introspect.Docs.Rules;

namespace Introspect.Docs.Site;

/// <summary>
/// The steps from a loaded solution to a site on disk: find the jobs, run the rules, read the migrations, draw the
/// diagrams, build the pages, write what changed. The CLI runs them one by one (with progress); tests run them all.
/// </summary>
public static class DocsSite
{
    /// <summary>The jobs, with next runs counted from the start of the site's day in its zone (so a rebuild that day is identical).</summary>
    public static Task<JobCatalog> DiscoverJobsAsync(
        LoadedSolution loaded, SiteOptions options, AnalysisRequest filter, CancellationToken cancellationToken)
    {
        var start = options.Day.ToDateTime(TimeOnly.MinValue);
        var discovery = new DiscoveryOptions
        {
            Now = new DateTimeOffset(start, options.Zone.GetUtcOffset(start)),
            NextRunCount = options.NextRunCount,
        };
        return JobDiscovery.DiscoverAsync(loaded, discovery, cancellationToken, filter.Projects.IsEmpty ? null : filter.IncludesProject);
    }

    public static Task<AnalysisReport> AnalyzeAsync(LoadedSolution loaded, AnalysisRequest filter, CancellationToken cancellationToken) =>
        SolutionAnalyzer.AnalyzeAsync(loaded, new AnalysisRequest(IntrospectAnalyzers.All) { Projects = filter.Projects }, cancellationToken);

    public static Task<ImmutableArray<MigrationSummary>> ReadMigrationsAsync(LoadedSolution loaded, AnalysisRequest filter, CancellationToken cancellationToken) =>
        MigrationInventory.ReadAsync(loaded, filter.Projects.IsEmpty ? null : filter.IncludesProject, cancellationToken);

    public static SiteWriteResult Write(SiteContent content, string outputFolder) =>
        SiteWriter.Write(outputFolder, SiteBuilder.Build(content));

    /// <summary>Every step, for one solution, into <paramref name="outputFolder"/>.</summary>
    public static async Task<(SiteContent Content, SiteWriteResult Written)> GenerateAsync(
        LoadedSolution loaded, SiteOptions options, string outputFolder, CachedRenderer? renderer, CancellationToken cancellationToken)
    {
        var filter = new AnalysisRequest([]);
        var catalog = await DiscoverJobsAsync(loaded, options, filter, cancellationToken).ConfigureAwait(false);
        var report = await AnalyzeAsync(loaded, filter, cancellationToken).ConfigureAwait(false);
        var migrations = await ReadMigrationsAsync(loaded, filter, cancellationToken).ConfigureAwait(false);
        var diagrams = await SiteDiagrams.BuildAsync(catalog, options, renderer, cancellationToken).ConfigureAwait(false);
        var content = new SiteContent(options, catalog, report, RuleLibrary.All, diagrams, migrations);
        return (content, Write(content, outputFolder));
    }
}
