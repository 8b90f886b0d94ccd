using System.Text.RegularExpressions;
using Introspect.Testing;

namespace Introspect.Analyzers.Tests.Conventions;

/// <summary>Reads the rules table of the README: | [ID](docs/rules/ID.md) | title | severity | fix |.</summary>
internal static partial class ReadmeRulesTable
{
    public static IReadOnlyList<ReadmeRule> Read()
    {
        var rows = new List<ReadmeRule>();
        foreach (var line in File.ReadLines(RepositoryPaths.Readme))
        {
            var match = Row().Match(line);
            if (match.Success)
            {
                rows.Add(new ReadmeRule(
                    match.Groups["id"].Value,
                    match.Groups["link"].Value,
                    match.Groups["title"].Value.Trim(),
                    match.Groups["severity"].Value.Trim(),
                    match.Groups["fix"].Value.Trim()));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"^\|\s*\[(?<id>INTR\d{3})\]\((?<link>[^)]+)\)\s*\|(?<title>[^|]+)\|(?<severity>[^|]+)\|(?<fix>[^|]+)\|\s*$")]
    private static partial Regex Row();
}

internal sealed record ReadmeRule(string Id, string Link, string Title, string Severity, string Fix);
