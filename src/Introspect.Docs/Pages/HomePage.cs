using System.Globalization;
using Introspect.Core.Analysis;
using Introspect.Docs.Markdown;
using Introspect.Docs.Site;

namespace Introspect.Docs.Pages;

/// <summary>The solution at a glance: jobs by kind, findings by family and severity, the timeline, the chains, degraded projects.</summary>
internal static class HomePage
{
    private const string Path = SitePaths.Home;

    public static SitePage Build(SiteContent content)
    {
        var options = content.Options;
        var markdown = new MarkdownWriter()
            .Heading(1, MarkdownText.Escape(options.Title))
            .Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"{Count(content.Jobs.Count, "job")} in {Count(content.Catalog.Projects.Length, "project")}, {Count(content.Findings.Count, "finding")}, {Count(content.Migrations.Count, "migration")}. ") +
                $"Next runs are counted from {MarkdownText.Escape(content.Catalog.Now.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} UTC. " +
                $"{Links.Page(Path, SitePaths.JobCatalogue, "All jobs")} · {Links.Page(Path, SitePaths.Findings, "All findings")} · {Links.Page(Path, SitePaths.Migrations, "Migrations")}");

        markdown.Heading(2, "Jobs by kind")
            .Table(
                ["Kind", "Jobs"],
                content.Jobs.GroupBy(job => job.FrameworkName, StringComparer.Ordinal)
                    .OrderBy(group => group.Key, StringComparer.Ordinal)
                    .Select(group => (IReadOnlyList<string>)[MarkdownText.Cell(group.Key), Number(group.Count())]));

        markdown.Heading(2, "Findings by family and severity")
            .Table(
                ["Family", "Errors", "Warnings", "Notes", "Total"],
                content.Findings.GroupBy(finding => SiteContent.Family(finding.RuleId), StringComparer.Ordinal)
                    .OrderBy(group => group.Min(finding => finding.RuleId), StringComparer.Ordinal)
                    .Select(group => (IReadOnlyList<string>)
                    [
                        MarkdownText.Cell(group.Key),
                        Number(group.Count(finding => finding.Severity == FindingSeverity.Error)),
                        Number(group.Count(finding => finding.Severity == FindingSeverity.Warning)),
                        Number(group.Count(finding => finding.Severity == FindingSeverity.Note)),
                        Number(group.Count()),
                    ]));

        markdown.Heading(2, "The 24-hour timeline")
            .Paragraph($"Every job's runs over {MarkdownText.Escape(options.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))} in {MarkdownText.Escape(options.Zone.Id)}.");
        AddDiagram(markdown, content, "timeline", "The 24-hour schedule timeline");
        markdown.Heading(2, "Job chains")
            .Paragraph("Which job enqueues, schedules or continues which, and the endpoints that start them.");
        AddDiagram(markdown, content, "chain", "The job chain graph");

        markdown.Heading(2, "Where the analysis was degraded");
        var problems = content.Catalog.LoadProblems.Concat(content.Report.LoadProblems)
            .Distinct()
            .OrderBy(problem => problem.ProjectName, StringComparer.Ordinal)
            .ThenBy(problem => problem.Reason, StringComparer.Ordinal)
            .Select(problem => $"{MarkdownText.Escape(problem.ProjectName)}: {(problem.IsFatal ? "**did not load**, only what its syntax shows is here" : "loaded with a warning")}: {MarkdownText.Escape(problem.Reason)}")
            .Concat(content.Report.AnalyzerFailures.Select(failure => $"{MarkdownText.Escape(failure.ProjectName)}: the analyzer {MarkdownText.Escape(failure.AnalyzerName)} failed: {MarkdownText.Escape(failure.Message)}"))
            .ToList();
        if (problems.Count == 0)
        {
            markdown.Paragraph("Every project loaded and was analysed.");
        }
        else
        {
            markdown.List(problems);
        }

        return new SitePage(Path, "Home", markdown.ToString());
    }

    private static void AddDiagram(MarkdownWriter markdown, SiteContent content, string name, string alt)
    {
        var embed = content.Diagrams.Embed(name, Path, alt);
        markdown.Paragraph(embed.Length == 0 ? "No diagram was drawn." : embed);
    }

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    private static string Number(int count) => count.ToString(CultureInfo.InvariantCulture);
}
