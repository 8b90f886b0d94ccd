using Introspect.Docs.Site;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Introspect.Docs.Html;

/// <summary>
/// Renders a page's Markdown to the HTML of its body with Markdig: pipe tables, task lists and GitHub-style heading ids,
/// and raw HTML turned off, so that any markup that reached the Markdown is shown as text. Links to the site's Markdown
/// pages are pointed at their HTML, and a Mermaid block that follows the diagram's own image is dropped (it is there
/// for wikis, which draw Mermaid; the site shows the SVG).
/// </summary>
public sealed class PageHtml(IReadOnlySet<string> pagePaths)
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    public string Render(SitePage page)
    {
        var document = Markdig.Markdown.Parse(page.Markdown, s_pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = Rewrite(page, link.Url);
        }

        DropMermaidAfterImages(document);
        return Markdig.Markdown.ToHtml(document, s_pipeline);
    }

    private string? Rewrite(SitePage page, string? url)
    {
        if (string.IsNullOrEmpty(url) || url.StartsWith('#'))
        {
            return url;
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute))
        {
            // Only web and mail links leave the site; anything else (javascript:, data:, file:) goes nowhere.
            return absolute.Scheme is "http" or "https" or "mailto" ? url : "#";
        }

        if (page.ExternalLinks?.Invoke(url) is { } external)
        {
            return external;
        }

        var anchorAt = url.IndexOf('#', StringComparison.Ordinal);
        var (target, anchor) = anchorAt < 0 ? (url, string.Empty) : (url[..anchorAt], url[anchorAt..]);
        if (!target.EndsWith(".md", StringComparison.Ordinal))
        {
            return url;
        }

        var resolved = Resolve(page.Path, target[..^3]);
        if (resolved is not null && pagePaths.Contains(resolved))
        {
            return target[..^3] + ".html" + anchor;
        }

        return url;
    }

    /// <summary>The page path a relative link from <paramref name="fromPage"/> leads to, or null when it leaves the site.</summary>
    private static string? Resolve(string fromPage, string relative)
    {
        var parts = fromPage.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static void DropMermaidAfterImages(MarkdownDocument document)
    {
        var mermaid = document.Descendants<FencedCodeBlock>()
            .Where(block => block.Info == "mermaid" && PreviousSibling(block) is ParagraphBlock { Inline: { } inline } && inline.FirstChild is LinkInline { IsImage: true })
            .ToList();
        foreach (var block in mermaid)
        {
            block.Parent!.Remove(block);
        }
    }

    private static Block? PreviousSibling(Block block)
    {
        var parent = block.Parent;
        var index = parent?.IndexOf(block) ?? -1;
        return index > 0 ? parent![index - 1] : null;
    }
}
