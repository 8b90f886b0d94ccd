using System.Globalization;
using Introspect.Core.Jobs;
using Introspect.Docs.Markdown;
using Introspect.Docs.Site;

namespace Introspect.Docs.Pages;

/// <summary>Every job in one sortable, filterable table per host project, ordered by framework and name.</summary>
internal static class JobCataloguePage
{
    private const string Path = SitePaths.JobCatalogue;

    private static readonly string[] s_headers =
        ["Job", "Kind", "Host project", "Trigger", "Schedule (dialect)", "Next run", "Concurrency guard", "Retries", "Findings"];

    public static SitePage Build(SiteContent content)
    {
        var markdown = new MarkdownWriter()
            .Heading(1, "Jobs")
            .Paragraph(string.Create(CultureInfo.InvariantCulture, $"{content.Jobs.Count} jobs, grouped by the project that hosts them. ") +
                "Click a column heading to sort; type in the filter or pick a kind to narrow the list. " +
                $"Next runs are given in UTC and in the job's zone ({MarkdownText.Escape(content.Options.Zone.Id)} when it has none).");

        foreach (var host in content.Jobs.GroupBy(job => job.Project, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            markdown.Heading(2, MarkdownText.Escape(host.Key))
                .Table(s_headers, host
                    .OrderBy(job => job.Framework)
                    .ThenBy(job => job.DisplayName, StringComparer.Ordinal)
                    .ThenBy(job => job.Id, StringComparer.Ordinal)
                    .Select(job => Row(content, job)));
        }

        if (content.Jobs.Count == 0)
        {
            markdown.Paragraph("No jobs were found.");
        }

        return new SitePage(Path, "Jobs", markdown.ToString()) { Facets = ["Kind", "Host project"] };
    }

    private static IReadOnlyList<string> Row(SiteContent content, Job job)
    {
        var status = JobFacts.Status(job);
        return
        [
            Links.Job(content, Path, job) + (status.Length == 0 ? string.Empty : " (" + MarkdownText.Escape(status) + ")"),
            MarkdownText.Cell(job.FrameworkName),
            MarkdownText.Cell(job.Project),
            MarkdownText.Cell(JobFacts.Triggers(job)),
            JobFacts.RawSchedules(job) is { Length: > 0 } raw ? MarkdownText.Code(raw) : "-",
            MarkdownText.Cell(JobFacts.FirstNextRun(job, content.Options.Zone)),
            MarkdownText.Cell(JobFacts.ConcurrencyGuard(job.Concurrency)),
            MarkdownText.Cell(JobFacts.Retries(job.Concurrency)),
            content.FindingsOf(job).Count.ToString(CultureInfo.InvariantCulture),
        ];
    }
}
