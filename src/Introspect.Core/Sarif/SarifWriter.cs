using System.Text.Json;
using Introspect.Core.Analysis;
using Introspect.Core.Reporting;
using Introspect.Core.Baselines;

namespace Introspect.Core.Sarif;

/// <summary>
/// Writes a report as SARIF 2.1.0 that GitHub code scanning accepts: rule metadata with help links, relative
/// artifact URIs against <c>%SRCROOT%</c>, partial fingerprints, and the invocation's outcome. No timestamps, and
/// everything sorted, so the same input gives byte-identical output.
/// </summary>
public static class SarifWriter
{
    public const string SourceRootBaseId = "%SRCROOT%";
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private const string InformationUri = "https://github.com/introspect-dev/introspect";


    /// <param name="findings">The findings to report (after the baseline, when one is used).</param>
    /// <param name="toolVersion">The tool's informational version, e.g. 0.1.0+commit.</param>
    public static string Write(AnalysisReport report, IReadOnlyList<Finding> findings, string toolVersion, BaselineComparison? baseline = null)
    {
        var ruleIndex = report.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index, StringComparer.Ordinal);
        var run = new SarifRun(
            new SarifTool(new SarifDriver("Introspect", toolVersion, SemanticVersion(toolVersion), InformationUri, [.. report.Rules.Select(ToRule)])),
            [new SarifInvocation(report.IsComplete, Notifications(report))],
            new Dictionary<string, SarifArtifactLocation> { [SourceRootBaseId] = new(DirectoryUri(report.SourceRoot)) },
            "utf16CodeUnits",
            [.. findings.Select(finding => ToResult(finding, report.SourceRoot, ruleIndex))],
            baseline is null ? null : new SortedDictionary<string, object>(StringComparer.Ordinal)
            {
                ["baselinedFindings"] = baseline.Baselined.Length,
                ["staleBaselineEntries"] = baseline.Stale.Length,
            });

        var log = new SarifLog(SchemaUri, "2.1.0", [run]);
        return JsonFormatting.Serialize(log);
    }

    private static SarifRule ToRule(RuleInfo rule) => new(
        rule.Id,
        new SarifText(rule.Title),
        new SarifText(string.IsNullOrWhiteSpace(rule.Description) ? rule.Title : rule.Description),
        rule.HelpUri,
        rule.HelpUri is null ? null : new SarifText($"{rule.Title}. See {rule.HelpUri}"),
        new SarifConfiguration(Level(rule.DefaultSeverity)),
        new SarifRuleProperties(rule.Category, [rule.Category.ToLowerInvariant()]));

    private static SarifResult ToResult(Finding finding, string sourceRoot, Dictionary<string, int> ruleIndex) => new(
        finding.RuleId,
        ruleIndex.TryGetValue(finding.RuleId, out var index) ? index : -1,
        Level(finding.Severity),
        new SarifText(finding.Message),
        [
            new SarifLocation(new SarifPhysicalLocation(
                ArtifactLocation(finding.Location.FilePath, sourceRoot),
                new SarifRegion(finding.Location.Line, finding.Location.Column, finding.Location.EndLine, finding.Location.EndColumn))),
        ],
        new Dictionary<string, string> { [FindingFingerprint.Version] = finding.Fingerprint },
        new SarifResultProperties(finding.ProjectName, finding.Symbol));

    private static IReadOnlyList<SarifNotification>? Notifications(AnalysisReport report)
    {
        var notifications = report.LoadProblems
            .Select(problem => new SarifNotification(
                problem.IsFatal ? "error" : "warning",
                new SarifText(problem.IsFatal
                    ? $"Project {problem.ProjectName} was not analysed: {problem.Reason}"
                    : $"Project {problem.ProjectName}: {problem.Reason}")))
            .Concat(report.AnalyzerFailures.Select(failure => new SarifNotification(
                "error",
                new SarifText($"Analyzer {failure.AnalyzerName} failed on project {failure.ProjectName}: {failure.Message}"))))
            .ToList();
        return notifications.Count == 0 ? null : notifications;
    }

    private static SarifArtifactLocation ArtifactLocation(string path, string sourceRoot)
    {
        var relative = SourcePaths.Relative(path, sourceRoot);
        return Path.IsPathRooted(relative)
            ? new SarifArtifactLocation(new Uri(relative).AbsoluteUri)
            : new SarifArtifactLocation(string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)), SourceRootBaseId);
    }

    private static string DirectoryUri(string directory)
    {
        var uri = new Uri(Path.GetFullPath(directory)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }

    private static string Level(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>SARIF's semanticVersion has no build metadata: 0.1.0+abc becomes 0.1.0.</summary>
    private static string SemanticVersion(string version)
    {
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
