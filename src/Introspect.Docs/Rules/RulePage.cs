namespace Introspect.Docs.Rules;

/// <summary>
/// A rule's page, docs/rules/&lt;ID&gt;.md: a "# ID: Title" heading and "## " sections. The analyzers' help links
/// point at these pages, and the docs site renders them.
/// </summary>
public sealed record RulePage(string Id, string Title, IReadOnlyList<string> Sections, string Markdown)
{
    /// <summary>The sections every rule page has, in this order.</summary>
    public static IReadOnlyList<string> RequiredSections { get; } =
        ["Why it matters", "What it flags", "What it does not flag", "Bad", "Good", "How to fix", "How to suppress"];

    public static RulePage Parse(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var heading = lines.FirstOrDefault(line => line.StartsWith("# ", StringComparison.Ordinal))
            ?? throw new FormatException("A rule page starts with a '# ID: Title' heading; none was found.");

        var separator = heading.IndexOf(": ", StringComparison.Ordinal);
        if (separator < 0)
        {
            throw new FormatException($"The heading '{heading}' is not '# ID: Title'.");
        }

        var sections = OutsideCodeFences(lines)
            .Where(line => line.StartsWith("## ", StringComparison.Ordinal))
            .Select(line => line[3..].Trim())
            .ToArray();

        return new RulePage(heading[2..separator].Trim(), heading[(separator + 2)..].Trim(), sections, markdown);
    }

    private static IEnumerable<string> OutsideCodeFences(IEnumerable<string> lines)
    {
        var inFence = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                yield return line;
            }
        }
    }
}
