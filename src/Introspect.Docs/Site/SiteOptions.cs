namespace Introspect.Docs.Site;

/// <summary>How a site is built: its title, where it will be published, where the code is browsed, which zone and day.</summary>
public sealed record SiteOptions
{
    public string Title { get; init; } = "Introspect";

    /// <summary>Where the site will be published (ends with '/'): canonical links and sitemap.xml. Null: relative links only.</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>
    /// The URL that source paths (relative to the repository root) are appended to, for "view source" links, such as
    /// <c>https://github.com/org/repo/blob/main/</c>; a line is added as <c>#L12</c>. Null: no source links.
    /// </summary>
    public string? SourceLink { get; init; }

    /// <summary>The zone next runs and the timeline are shown in, next to UTC.</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>The day the timeline shows, and the day next runs are counted from (its start, in <see cref="Zone"/>).</summary>
    public required DateOnly Day { get; init; }

    /// <summary>How many next runs the job pages list.</summary>
    public int NextRunCount { get; init; } = 5;
}
