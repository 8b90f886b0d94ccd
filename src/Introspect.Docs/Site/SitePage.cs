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
    /// Resolves a relative link the Markdown was written with that is not a page of the site (a rule page's link to
    /// ../migrations.md), to an absolute URL; null leaves it as it is.
    /// </summary>
    public Func<string, string?>? ExternalLinks { get; init; }
}
