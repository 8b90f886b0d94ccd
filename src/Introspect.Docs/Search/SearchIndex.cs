using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Introspect.Docs.Pages;
using Introspect.Docs.Site;

namespace Introspect.Docs.Search;

/// <summary>
/// The prebuilt search index: one entry per job, rule, resource and finding, with the page it opens (relative to the
/// site's root). Written as JSON, and as a script that sets the same JSON on <c>window</c> because a page opened from
/// <c>file://</c> may not fetch a file.
/// </summary>
public static class SearchIndex
{
    public const string JsonFile = "search-index.json";
    public const string ScriptFile = "search-index.js";

    public sealed record Entry(string Type, string Title, string Text, string Url);

    public static IReadOnlyList<Entry> Entries(SiteContent content)
    {
        var entries = new List<Entry>();
        entries.AddRange(content.Jobs.Select(job => new Entry(
            "job", job.DisplayName, $"{job.FrameworkName} · {job.Project} · {JobFacts.Triggers(job)} · {job.TypeName}", content.JobPage(job) + ".html")));
        entries.AddRange(content.Rules.Select(rule => new Entry("rule", rule.Id, rule.Title, SitePaths.Rule(rule.Id) + ".html")));
        entries.AddRange(content.Jobs
            .Where(job => job.Process is not null)
            .SelectMany(job => job.Process!.Resources.Select(use => (use.Kind, use.Resource, Job: job.DisplayName)))
            .GroupBy(use => (use.Kind, use.Resource))
            .OrderBy(group => group.Key.Kind)
            .ThenBy(group => group.Key.Resource, StringComparer.Ordinal)
            .Select(group => new Entry(
                "resource", group.Key.Resource, $"{JobFacts.Kind(group.Key.Kind)} · used by {string.Join(", ", group.Select(use => use.Job).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}", SitePaths.Resources + ".html")));
        entries.AddRange(content.Findings.Select(finding => new Entry(
            "finding", $"{finding.RuleId} {content.Sources.Display(finding.Location.FilePath)}:{finding.Location.Line}", finding.Message, SitePaths.Rule(finding.RuleId) + ".html")));
        return entries;
    }

    public static string Json(IReadOnlyList<Entry> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.Default }))
        {
            writer.WriteStartArray();
            foreach (var entry in entries)
            {
                writer.WriteStartObject();
                writer.WriteString("type", entry.Type);
                writer.WriteString("title", entry.Title);
                writer.WriteString("text", entry.Text);
                writer.WriteString("url", entry.Url);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The JSON as a script; JavaScriptEncoder.Default escapes &lt;, &gt;, &amp; and quotes, so no text can end the script.</summary>
    public static string Script(string json) => "window.introspectSearchIndex = " + json.TrimEnd('\n') + ";\n";
}
