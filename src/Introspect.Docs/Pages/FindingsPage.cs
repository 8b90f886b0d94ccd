using System.Globalization;
using Introspect.Docs.Markdown;
using Introspect.Docs.Site;

namespace Introspect.Docs.Pages;

/// <summary>Every finding in one table, filterable by rule, severity, project and file, each with its line of code.</summary>
internal static class FindingsPage
{
    private const string Path = SitePaths.Findings;

    public static SitePage Build(SiteContent content)
    {
        var findings = content.Findings;
        var markdown = new MarkdownWriter()
            .Heading(1, "Findings")
            .Paragraph(string.Create(CultureInfo.InvariantCulture, $"{findings.Count} findings in {findings.Select(finding => finding.Location.FilePath).Distinct(StringComparer.Ordinal).Count()} files. ") +
                "Pick a rule, a severity, a project or a file to narrow the list; each rule links to its page with how to fix it.");
        if (findings.Count == 0)
        {
            markdown.Paragraph("No findings.");
        }
        else
        {
            markdown.Table(
                ["Severity", "Rule", "Message", "Project", "File", "Line", "Code"],
                findings.Select(finding => (IReadOnlyList<string>)
                [
                    finding.Severity.ToString().ToLowerInvariant(),
                    Links.Rule(content, Path, finding.RuleId),
                    MarkdownText.Cell(finding.Message),
                    MarkdownText.Cell(finding.ProjectName),
                    MarkdownText.Cell(content.Sources.Display(finding.Location.FilePath)),
                    content.Sources.Link(finding.Location.FilePath, finding.Location.Line) is { } url
                        ? MarkdownText.Link(finding.Location.Line.ToString(CultureInfo.InvariantCulture), url)
                        : finding.Location.Line.ToString(CultureInfo.InvariantCulture),
                    MarkdownText.Code(finding.LineText.Trim()) is { Length: > 0 } code ? code : "-",
                ]));
        }

        return new SitePage(Path, "Findings", markdown.ToString()) { Facets = ["Severity", "Rule", "Project", "File"] };
    }
}
