namespace Introspect.Benchmarks.Report;

/// <summary>
/// One command's part of docs/performance.md, between two comment markers, so that each benchmark command rewrites its
/// own numbers and keeps everything else on the page (the other commands' sections and any text written by hand).
/// </summary>
internal sealed class PageSection(string name)
{
    public static PageSection Threading { get; } = new("threading");

    public static PageSection Diagrams { get; } = new("diagrams");

    public static PageSection Discovery { get; } = new("discovery");

    public string Begin { get; } = $"<!-- {name}: begin (written by the benchmark's {name} command) -->";

    public string End { get; } = $"<!-- {name}: end -->";

    /// <summary>The body wrapped in this section's markers.</summary>
    public string Wrap(string body) => Begin + "\n\n" + body.TrimEnd('\n') + "\n\n" + End + "\n";

    /// <summary>The page with the section put in place of the old one, or added at the end; a new page when there is none.</summary>
    public string ReplaceIn(string? page, string section)
    {
        if (page is null)
        {
            return "# Performance\n\n" + section;
        }

        var begin = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        return begin >= 0 && end > begin
            ? string.Concat(page.AsSpan(0, begin), section, page.AsSpan(end + End.Length).TrimStart('\n'))
            : page.TrimEnd('\n') + "\n\n" + section;
    }
}
