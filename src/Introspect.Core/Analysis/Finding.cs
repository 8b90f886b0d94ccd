namespace Introspect.Core.Analysis;

/// <summary>One diagnostic an Introspect rule reported, located in a file of the analysed solution.</summary>
/// <param name="Symbol">The member the finding is in (type and member name), when there is one; part of the fingerprint.</param>
/// <param name="LineText">The source line the finding starts on, for excerpts and the fingerprint.</param>
/// <param name="Fingerprint">Stable across unrelated edits: rule, file, symbol and the normalised line text, not line numbers.</param>
/// <param name="Properties">Facts the rule attached (a migration rule names the migration, table and column), sorted by key.</param>
public sealed record Finding(
    string RuleId,
    string Title,
    FindingSeverity Severity,
    string Message,
    string ProjectName,
    FindingLocation Location,
    string? HelpUri,
    string? Symbol = null,
    string LineText = "",
    string Fingerprint = "",
    System.Collections.Immutable.ImmutableSortedDictionary<string, string>? Properties = null);

/// <summary>A span in a source file; lines and columns are 1-based, as editors show them.</summary>
public sealed record FindingLocation(string FilePath, int Line, int Column, int EndLine, int EndColumn);
