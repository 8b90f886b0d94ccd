using System.Text.RegularExpressions;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>Reads the finding lines <c>introspect check</c> prints: <c>file:line:col: severity ID: message [Project]</c>.</summary>
internal static partial class CheckOutput
{
    public static IReadOnlyList<PrintedFinding> Parse(string output) =>
    [
        .. output.Split('\n', StringSplitOptions.TrimEntries)
            .Select(line => FindingLine().Match(line))
            .Where(match => match.Success)
            .Select(match => new PrintedFinding(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value,
                match.Groups["project"].Value)),
    ];

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|note) (?<id>INTR\d{3}): (?<message>.*) \[(?<project>[^\]]+)\]$")]
    private static partial Regex FindingLine();
}

internal sealed record PrintedFinding(string File, int Line, string Severity, string RuleId, string Message, string Project);
