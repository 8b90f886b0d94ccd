using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Introspect.Comparison.Corpus;

/// <summary>
/// Reads the header every corpus file starts with:
/// <code>
/// // expect: INTR103            (or several: INTR103, INTR110; or: none)
/// // case: .Result on an export task inside a Hangfire job
/// </code>
/// </summary>
public static partial class CaseHeader
{
    public const string ExpectPrefix = "// expect:";
    public const string CasePrefix = "// case:";
    public const string NoRule = "none";

    public static (ImmutableArray<string> ExpectedRules, string Description) Parse(string source, string path)
    {
        string? expect = null;
        string? description = null;
        foreach (var rawLine in source.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.Trim();
            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                break; // the header is the leading comment block only
            }

            if (line.StartsWith(ExpectPrefix, StringComparison.Ordinal))
            {
                expect = line[ExpectPrefix.Length..].Trim();
            }
            else if (line.StartsWith(CasePrefix, StringComparison.Ordinal))
            {
                description = line[CasePrefix.Length..].Trim();
            }
        }

        if (expect is null || description is null || description.Length == 0)
        {
            throw new FormatException($"{path}: the file must start with '{ExpectPrefix} <rules>|{NoRule}' and '{CasePrefix} <description>' comment lines.");
        }

        return (ParseRules(expect, path), description);
    }

    private static ImmutableArray<string> ParseRules(string expect, string path)
    {
        if (expect == NoRule)
        {
            return [];
        }

        var rules = expect.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (rules.Length == 0 || rules.Any(rule => !RuleId().IsMatch(rule)))
        {
            throw new FormatException($"{path}: '{ExpectPrefix} {expect}' must list Introspect rule ids (INTR1xx) or say '{NoRule}'.");
        }

        return [.. rules.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex("^INTR1[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();
}
