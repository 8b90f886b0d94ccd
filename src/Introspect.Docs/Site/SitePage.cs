namespace Introspect.Docs.Site;

/// <summary>
/// One page of the site, as Markdown. <paramref name="Path"/> has no extension (<c>jobs/index</c>); the page is written as
/// <c>Path.md</c> and rendered to <c>Path.html</c>. <paramref name="Facets"/> names the table columns the page's filter
/// offers as drop-downs.
/// </summary>
public sealed record SitePage(string Path, string Title, string Markdown)
{
    public IReadOnlyList<string> Facets { get; init; } = [];

    /// <summary>
    /// Resolves the relative links of Markdown written for another place (a rule page's link to ../migrations.md, a
    /// page of the repository's docs) to absolute URLs; it returns null for the links that stay inside the site.
    /// </summary>
    public Func<string, string?>? ExternalLinks { get; init; }
}
