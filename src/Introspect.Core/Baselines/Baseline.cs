using System.Collections.Immutable;
using System.Text.Json;
using Introspect.Core.Analysis;
using Introspect.Core.Reporting;

namespace Introspect.Core.Baselines;

/// <summary>
/// The findings a team has accepted for now, so CI reports only new ones. Stored as sorted, indented JSON so the file
/// diffs cleanly in review. Findings are matched by fingerprint (see <see cref="FindingFingerprint"/>).
/// </summary>
public sealed class Baseline
{
    public const int CurrentVersion = 1;


    private Baseline(ImmutableArray<BaselineEntry> entries) => Entries = entries;

    public ImmutableArray<BaselineEntry> Entries { get; }

    public static Baseline Empty { get; } = new([]);

    public static Baseline From(IEnumerable<Finding> findings, string sourceRoot) =>
        new([
            .. findings.Select(finding => new BaselineEntry(
                    finding.RuleId,
                    SourcePaths.Relative(finding.Location.FilePath, sourceRoot),
                    finding.Symbol,
                    finding.Fingerprint,
                    finding.Message))
                .OrderBy(entry => entry.Path, StringComparer.Ordinal)
                .ThenBy(entry => entry.RuleId, StringComparer.Ordinal)
                .ThenBy(entry => entry.Fingerprint, StringComparer.Ordinal),
        ]);

    public static Baseline Load(string path)
    {
        BaselineFile? file;
        try
        {
            file = JsonSerializer.Deserialize<BaselineFile>(File.ReadAllText(path), JsonFormatting.Options);
        }
        catch (JsonException exception)
        {
            throw new BaselineException($"'{path}' is not an Introspect baseline: {exception.Message}");
        }

        if (file is null || file.Version != CurrentVersion || file.Findings is null)
        {
            throw new BaselineException($"'{path}' is not an Introspect baseline (version {CurrentVersion} with a findings list).");
        }

        if (file.Findings.Any(entry => string.IsNullOrEmpty(entry.Fingerprint) || string.IsNullOrEmpty(entry.RuleId)))
        {
            throw new BaselineException($"'{path}' has an entry without a rule id or fingerprint.");
        }

        return new Baseline([.. file.Findings]);
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonFormatting.Serialize(new BaselineFile(CurrentVersion, "introspect", [.. Entries])));
    }

    /// <summary>Splits findings into new and baselined, and lists the baseline entries nothing matched any more.</summary>
    public BaselineComparison Compare(IReadOnlyList<Finding> findings)
    {
        var known = Entries.Select(entry => entry.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var current = findings.Select(finding => finding.Fingerprint).ToHashSet(StringComparer.Ordinal);

        return new BaselineComparison(
            [.. findings.Where(finding => !known.Contains(finding.Fingerprint))],
            [.. findings.Where(finding => known.Contains(finding.Fingerprint))],
            [.. Entries.Where(entry => !current.Contains(entry.Fingerprint))]);
    }

    private sealed record BaselineFile(int Version, string? Tool, List<BaselineEntry>? Findings);
}

/// <summary>One accepted finding. Everything but the fingerprint is there for the people reading the file.</summary>
public sealed record BaselineEntry(string RuleId, string Path, string? Symbol, string Fingerprint, string Message);

public sealed record BaselineComparison(
    ImmutableArray<Finding> New,
    ImmutableArray<Finding> Baselined,
    ImmutableArray<BaselineEntry> Stale);

/// <summary>A baseline file that cannot be used; the message says why.</summary>
public sealed class BaselineException(string message) : Exception(message);
