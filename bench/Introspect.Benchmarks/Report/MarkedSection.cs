namespace Introspect.Benchmarks.Report;

/// <summary>
/// A section of docs/performance.md between two HTML comments, owned by one benchmark command: that command replaces
/// only its own section, and the threading report (which rewrites the page) carries the section over.
/// </summary>
internal sealed class MarkedSection(string name)
{
    public string Begin { get; } = $"<!-- {name}: begin (written by the benchmark's {name} command) -->";

    public string End { get; } = $"<!-- {name}: end -->";

    /// <summary>The page with the section put in place of the old one, or added at the end.</summary>
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

    /// <summary>The section as it stands in a page, or empty.</summary>
    public string Existing(string? page)
    {
        var begin = page?.IndexOf(Begin, StringComparison.Ordinal) ?? -1;
        var end = page?.IndexOf(End, StringComparison.Ordinal) ?? -1;
        return begin >= 0 && end > begin ? page![begin..(end + End.Length)] + "\n" : string.Empty;
    }
}
