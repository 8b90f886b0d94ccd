using System.Globalization;
using Introspect.Docs.Markdown;
using Introspect.Docs.Rules;
using Introspect.Docs.Site;

namespace Introspect.Docs.Pages;

/// <summary>
/// The rules: an index, and one page per docs/rules/&lt;ID&gt;.md (the page as written, then the rule's findings in this
/// solution), so the analyzers' help links can point at the published site. Links of a rule page that lead outside
/// the rules (../migrations.md) go to the repository's documentation instead.
/// </summary>
internal static class RulePages
{
    public static IEnumerable<SitePage> Build(SiteContent content)
    {
        yield return Index(content);
        foreach (var rule in content.Rules)
        {
            yield return Page(content, rule);
        }
    }

    private static SitePage Index(SiteContent content)
    {
        var markdown = new MarkdownWriter()
            .Heading(1, "Rules")
            .Paragraph("Every Introspect rule, with the number of findings it has in this solution.")
            .Table(
                ["Rule", "Title", "Family", "Findings"],
                content.Rules.Select(rule => (IReadOnlyList<string>)
                [
                    Links.Page(SitePaths.RuleIndex, SitePaths.Rule(rule.Id), rule.Id),
                    MarkdownText.Cell(rule.Title),
                    SiteContent.Family(rule.Id),
                    content.Findings.Count(finding => finding.RuleId == rule.Id).ToString(CultureInfo.InvariantCulture),
                ]));
        return new SitePage(SitePaths.RuleIndex, "Rules", markdown.ToString()) { Facets = ["Family"] };
    }

    private static SitePage Page(SiteContent content, RulePage rule)
    {
        var path = SitePaths.Rule(rule.Id);
        var findings = content.Findings.Where(finding => finding.RuleId == rule.Id).ToList();
        var markdown = new MarkdownWriter()
            .Raw(rule.Markdown)
            .Heading(2, string.Create(CultureInfo.InvariantCulture, $"In this solution ({findings.Count})"));
        markdown.Paragraph(findings.Count == 0 ? "No findings." : string.Empty);
        markdown.List(findings.Select(finding => $"{Links.Location(content, finding)}: {MarkdownText.Escape(finding.Message)}"));

        var help = new Uri(content.Report.Rules.FirstOrDefault(info => info.Id == rule.Id)?.HelpUri ?? RuleLibrary.HelpLinkBase + rule.Id + ".md");
        return new SitePage(path, $"{rule.Id}: {rule.Title}", markdown.ToString())
        {
            // Links to sibling rule pages stay in the site; the rest of the repository's docs are not part of it.
            ExternalLinks = link => link.Contains('/', StringComparison.Ordinal) && Uri.TryCreate(help, link, out var absolute) ? absolute.AbsoluteUri : null,
        };
    }
}
