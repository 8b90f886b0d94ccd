using Introspect.Docs.Markdown;
using Introspect.Docs.Site;

namespace Introspect.Docs.Pages;

/// <summary>The search page: its script adds the search box and searches the prebuilt index in the browser, no server needed.</summary>
internal static class SearchPage
{
    public static SitePage Build() => new(
        SitePaths.Search,
        "Search",
        new MarkdownWriter()
            .Heading(1, "Search")
            .Paragraph("Search the jobs, rules, resources and findings. Searching needs JavaScript; without it, the index is " +
                MarkdownText.Link("search-index.json", SitePaths.Relative(SitePaths.Search, SitePaths.Asset(Search.SearchIndex.JsonFile))) + ".")
            .ToString());
}
