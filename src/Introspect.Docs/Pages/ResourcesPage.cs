using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;
using Introspect.Docs.Markdown;
using Introspect.Docs.Site;

namespace Introspect.Docs.Pages;

/// <summary>
/// The contention view: per resource (table, HTTP client, file, mailbox, message, job), which jobs read it and which
/// write it, and when they run. The resources diagram leads the page when one was drawn.
/// </summary>
internal static class ResourcesPage
{
    private const string Path = SitePaths.Resources;

    public static SitePage Build(SiteContent content)
    {
        var markdown = new MarkdownWriter()
            .Heading(1, "Resources")
            .Paragraph("What the jobs touch, from each job's process model. A resource that one job writes while another reads or writes it is marked: " +
                "check that their schedules and concurrency guards keep them apart.");
        if (content.Diagrams.Has("resources"))
        {
            markdown.Paragraph(content.Diagrams.Embed("resources", Path, "Jobs and the resources they use"));
        }

        var uses = content.Jobs
            .Where(job => job.Process is not null)
            .SelectMany(job => job.Process!.Resources.Select(use => (Job: job, Use: use)))
            .GroupBy(entry => (entry.Use.Kind, entry.Use.Resource))
            .OrderBy(group => group.Key.Kind)
            .ThenBy(group => group.Key.Resource, StringComparer.Ordinal)
            .ToList();
        if (uses.Count == 0)
        {
            markdown.Paragraph("No job was found to use a resource.");
            return new SitePage(Path, "Resources", markdown.ToString());
        }

        markdown.Table(
            ["Resource", "Kind", "Read by", "Written by", "Shared"],
            uses.Select(group => (IReadOnlyList<string>)
            [
                MarkdownText.Cell(group.Key.Resource),
                MarkdownText.Cell(JobFacts.Kind(group.Key.Kind)),
                Jobs(content, group.Where(entry => entry.Use.Access is EffectAccess.Read or EffectAccess.ReadWrite or EffectAccess.None).Select(entry => entry.Job)),
                Jobs(content, group.Where(entry => entry.Use.Access is EffectAccess.Write or EffectAccess.ReadWrite).Select(entry => entry.Job)),
                IsContended(group.Select(entry => entry.Use).ToList()) ? "**written while shared**" : group.Count() > 1 ? "read only" : "-",
            ]));

        return new SitePage(Path, "Resources", markdown.ToString()) { Facets = ["Kind", "Shared"] };
    }

    private static bool IsContended(IReadOnlyList<ResourceUse> uses) =>
        uses.Count > 1 && uses.Any(use => use.Access is EffectAccess.Write or EffectAccess.ReadWrite);

    /// <summary>Each job linked, with when it runs.</summary>
    private static string Jobs(SiteContent content, IEnumerable<Job> jobs)
    {
        var links = jobs.Select(job => $"{Links.Job(content, Path, job)} ({MarkdownText.Escape(JobFacts.Triggers(job))})").ToList();
        return links.Count == 0 ? "-" : string.Join("; ", links);
    }
}
