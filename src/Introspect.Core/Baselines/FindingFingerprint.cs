using System.Security.Cryptography;
using System.Text;
using Introspect.Core.Analysis;

namespace Introspect.Core.Baselines;

/// <summary>
/// Fingerprints findings so that a finding keeps its identity across unrelated edits: it hashes the rule, the file
/// (relative to the source root), the enclosing member and the line's text with whitespace normalised, plus an
/// occurrence number for identical lines. Line numbers are left out on purpose: code added above a finding must not
/// turn it into a new one.
/// </summary>
public static class FindingFingerprint
{
    public const string Version = "introspect/v1";

    /// <summary>Returns the findings, in the same order, with their fingerprints set.</summary>
    public static IReadOnlyList<Finding> Assign(IReadOnlyList<Finding> findings, string sourceRoot)
    {
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var identity = string.Join(
                "\n",
                finding.RuleId,
                SourcePaths.Relative(finding.Location.FilePath, sourceRoot),
                finding.Symbol ?? string.Empty,
                NormaliseWhitespace(finding.LineText));
            occurrences[identity] = occurrences.TryGetValue(identity, out var count) ? count + 1 : 1;
            result.Add(finding with { Fingerprint = Hash($"{identity}\n{occurrences[identity]}") });
        }

        return result;
    }

    private static string NormaliseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
