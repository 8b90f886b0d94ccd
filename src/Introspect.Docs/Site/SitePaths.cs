namespace Introspect.Docs.Site;

/// <summary>
/// The site's URL scheme, in one place. Pages are named without extension (<c>jobs/&lt;slug&gt;</c>) and written as
/// <c>.html</c> and <c>.md</c>; every link between them is relative, so the folder works under any base path and from
/// <c>file://</c>.
/// </summary>
public static class SitePaths
{
    public const string Home = "index";
    public const string JobCatalogue = "jobs/index";
    public const string Resources = "resources";
    public const string Migrations = "migrations";
    public const string Findings = "findings";
    public const string RuleIndex = "rules/index";
    public const string Search = "search";

    public const string AssetsFolder = "assets";
    public const string DiagramsFolder = "diagrams";

    public static string Job(string slug) => $"jobs/{slug}";

    public static string Rule(string ruleId) => $"rules/{ruleId}";

    public static string Diagram(string fileName) => $"{DiagramsFolder}/{fileName}";

    public static string Asset(string fileName) => $"{AssetsFolder}/{fileName}";

    /// <summary>
    /// The path of <paramref name="target"/> (a file path such as <c>assets/site.css</c>) as seen from the page
    /// <paramref name="fromPage"/>: up to the folders they share, then down (<c>jobs/index</c> → <c>jobs/x.md</c> is <c>x.md</c>).
    /// </summary>
    public static string Relative(string fromPage, string target)
    {
        var from = fromPage.Split('/')[..^1];
        var to = target.Split('/');
        var shared = 0;
        while (shared < from.Length && shared < to.Length - 1 && from[shared] == to[shared])
        {
            shared++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - shared)) + string.Join('/', to[shared..]);
    }

    /// <summary>A link from one page to another, to its HTML or its Markdown.</summary>
    public static string PageLink(string fromPage, string toPage, string extension, string? anchor = null) =>
        Relative(fromPage, toPage + "." + extension) + (anchor is null ? string.Empty : "#" + anchor);
}
