using Introspect.Core.Analysis;
using Introspect.Core.Jobs;
using Introspect.Core.Migrations;
using Introspect.Diagrams;
using Introspect.Diagrams.Activity;
using Introspect.Docs.Rules;

namespace Introspect.Docs.Site;

/// <summary>Everything a site is built from, with the lookups the pages share (job by id, slug, a job's findings).</summary>
public sealed class SiteContent
{
    public SiteContent(
        SiteOptions options,
        JobCatalog catalog,
        AnalysisReport report,
        IReadOnlyList<RulePage> rules,
        SiteDiagrams diagrams,
        IReadOnlyList<MigrationSummary> migrations)
    {
        Options = options;
        Catalog = catalog;
        Report = report;
        Rules = [.. rules.OrderBy(rule => rule.Id, StringComparer.Ordinal)];
        Diagrams = diagrams;
        Migrations = migrations;
        Jobs = [.. catalog.Jobs.DistinctBy(job => job.Id).OrderBy(job => job.DisplayName, StringComparer.Ordinal).ThenBy(job => job.Id, StringComparer.Ordinal)];
        Slugs = JobSlugs.For(Jobs);
        ActivityDiagrams = ActivityNames.For(Jobs);
        Findings = [.. report.Findings.Order(FindingOrder.Instance)];
        Sources = new SourceFiles(catalog.SourceRoot, report.SourceRoot, options.SourceLink);
        JobsById = Jobs.ToDictionary(job => job.Id, StringComparer.Ordinal);
        Edges = JobEdges.From(catalog);
    }

    public SiteOptions Options { get; }

    public JobCatalog Catalog { get; }

    public AnalysisReport Report { get; }

    public IReadOnlyList<RulePage> Rules { get; }

    public SiteDiagrams Diagrams { get; }

    public IReadOnlyList<MigrationSummary> Migrations { get; }

    /// <summary>One entry per job id, by display name.</summary>
    public IReadOnlyList<Job> Jobs { get; }

    public IReadOnlyDictionary<string, string> Slugs { get; }

    /// <summary>The name of each job's activity diagram, by job id, as <see cref="DiagramViews"/> names it.</summary>
    public IReadOnlyDictionary<string, string> ActivityDiagrams { get; }

    public IReadOnlyDictionary<string, Job> JobsById { get; }

    public IReadOnlyList<JobEdge> Edges { get; }

    /// <summary>Every finding, in report order (file, line, rule).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    public SourceFiles Sources { get; }

    public string JobPage(Job job) => SitePaths.Job(Slugs[job.Id]);

    /// <summary>The findings inside the job's type (its entry method and the members it declares).</summary>
    public IReadOnlyList<Finding> FindingsOf(Job job) =>
        [.. Findings.Where(finding => finding.Symbol is { } symbol &&
            (symbol == job.TypeName || symbol.StartsWith(job.TypeName + ".", StringComparison.Ordinal)))];

    public RulePage? Rule(string id) => Rules.FirstOrDefault(rule => rule.Id == id);

    public static string Family(string ruleId) => ruleId.Length > 4 ? ruleId[4] switch
    {
        '1' => "Threading",
        '2' => "Migrations",
        '3' => "Job definitions",
        _ => "Other",
    } : "Other";
}
