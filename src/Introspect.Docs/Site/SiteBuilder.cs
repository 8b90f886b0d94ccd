using System.Reflection;
using Introspect.Docs.Html;
using Introspect.Docs.Output;
using Introspect.Docs.Pages;
using Introspect.Docs.Search;

namespace Introspect.Docs.Site;

/// <summary>
/// Turns the site's content into its files: every page as Markdown and HTML, the diagrams, the assets, the search index,
/// and sitemap.xml when the site's URL is known. Pure: the same content gives the same bytes.
/// </summary>
public static class SiteBuilder
{
    public static IReadOnlyList<SiteFile> Build(SiteContent content)
    {
        var pages = Pages(content);
        var pagePaths = pages.Select(page => page.Path).ToHashSet(StringComparer.Ordinal);
        var html = new PageHtml(pagePaths);
        var layout = new Layout(content.Options);

        var files = new List<SiteFile>();
        foreach (var page in pages)
        {
            files.Add(SiteFile.Text(page.Path + ".md", page.Markdown));
            files.Add(SiteFile.Text(page.Path + ".html", layout.Wrap(page, html.Render(page))));
        }

        files.AddRange(content.Diagrams.Files.Select(file => SiteFile.Text(file.Key, file.Value)));
        files.AddRange(Assets());
        var json = SearchIndex.Json(SearchIndex.Entries(content));
        files.Add(SiteFile.Text(SitePaths.Asset(SearchIndex.JsonFile), json));
        files.Add(SiteFile.Text(SitePaths.Asset(SearchIndex.ScriptFile), SearchIndex.Script(json)));
        if (content.Options.BaseUrl is { } baseUrl)
        {
            files.Add(SiteFile.Text("sitemap.xml", Sitemap.Write(baseUrl, pages.Select(page => page.Path + ".html"))));
        }

        var duplicate = files.GroupBy(file => file.Path, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two files of the site are both '{duplicate.Key}'.");
        }

        return [.. files.OrderBy(file => file.Path, StringComparer.Ordinal)];
    }

    public static IReadOnlyList<SitePage> Pages(SiteContent content) =>
    [
        HomePage.Build(content),
        JobCataloguePage.Build(content),
        .. content.Jobs.Select(job => JobPage.Build(content, job)),
        ResourcesPage.Build(content),
        MigrationsPage.Build(content),
        FindingsPage.Build(content),
        .. RulePages.Build(content),
        SearchPage.Build(),
    ];

    /// <summary>The stylesheet and scripts embedded in this assembly.</summary>
    private static IEnumerable<SiteFile> Assets()
    {
        var assembly = typeof(SiteBuilder).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(name => name.StartsWith(SitePaths.AssetsFolder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return SiteFile.Text(name, Read(assembly, name));
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
