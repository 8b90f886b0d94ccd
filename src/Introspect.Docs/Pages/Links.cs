using Introspect.Core.Analysis;
using Introspect.Core.Jobs;
using Introspect.Docs.Markdown;
using Introspect.Docs.Site;

namespace Introspect.Docs.Pages;

/// <summary>Markdown links between the site's pages, relative to the page they are written on; pages link to each other's .md.</summary>
internal static class Links
{
    public static string Page(string fromPage, string toPage, string text, string? anchor = null) =>
        MarkdownText.Link(text, SitePaths.PageLink(fromPage, toPage, "md", anchor));

    public static string Job(SiteContent content, string fromPage, Job job) => Page(fromPage, content.JobPage(job), job.DisplayName);

    /// <summary>A link to the job's page when the id is a job of the catalogue; its id as code otherwise.</summary>
    public static string JobId(SiteContent content, string fromPage, string id) =>
        content.JobsById.TryGetValue(id, out var job) ? Job(content, fromPage, job) : MarkdownText.Code(id);

    public static string Rule(SiteContent content, string fromPage, string ruleId) =>
        content.Rule(ruleId) is null ? MarkdownText.Escape(ruleId) : Page(fromPage, SitePaths.Rule(ruleId), ruleId);

    /// <summary>The finding's place as <c>path:line</c>, linked to the source when --source-link was given.</summary>
    public static string Location(SiteContent content, string absolutePath, int line)
    {
        var text = $"{content.Sources.Display(absolutePath)}:{line}";
        return content.Sources.Link(absolutePath, line) is { } url ? MarkdownText.Link(text, url) : MarkdownText.Code(text);
    }

    public static string Location(SiteContent content, Finding finding) => Location(content, finding.Location.FilePath, finding.Location.Line);
}
