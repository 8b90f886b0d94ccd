using System.Text.Json.Serialization;

namespace Introspect.Core.Sarif;

// The subset of SARIF 2.1.0 that Introspect writes, in the property order the output uses.

internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

internal sealed record SarifRun(
    SarifTool Tool,
    IReadOnlyList<SarifInvocation> Invocations,
    IReadOnlyDictionary<string, SarifArtifactLocation> OriginalUriBaseIds,
    string ColumnKind,
    IReadOnlyList<SarifResult> Results,
    IReadOnlyDictionary<string, object>? Properties);

internal sealed record SarifTool(SarifDriver Driver);

internal sealed record SarifDriver(
    string Name,
    string Version,
    string SemanticVersion,
    string InformationUri,
    IReadOnlyList<SarifRule> Rules);

internal sealed record SarifRule(
    string Id,
    SarifText ShortDescription,
    SarifText FullDescription,
    string? HelpUri,
    SarifText? Help,
    SarifConfiguration DefaultConfiguration,
    SarifRuleProperties Properties);

internal sealed record SarifRuleProperties(string Category, IReadOnlyList<string> Tags);

internal sealed record SarifConfiguration(string Level);

internal sealed record SarifText(string Text);

internal sealed record SarifInvocation(bool ExecutionSuccessful, IReadOnlyList<SarifNotification>? ToolExecutionNotifications);

internal sealed record SarifNotification(string Level, SarifText Message);

internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifText Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    SarifResultProperties Properties);

internal sealed record SarifResultProperties(string Project, string? Symbol);

internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);

internal sealed record SarifPhysicalLocation(SarifArtifactLocation ArtifactLocation, SarifRegion Region);

internal sealed record SarifArtifactLocation(string Uri, string? UriBaseId = null);

internal sealed record SarifRegion(int StartLine, int StartColumn, int EndLine, int EndColumn);
