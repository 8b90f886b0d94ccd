namespace Introspect.Core.Analysis;

/// <summary>One diagnostic an Introspect rule reported, located in a file of the analysed solution.</summary>
public sealed record Finding(
    string RuleId,
    string Title,
    FindingSeverity Severity,
    string Message,
    string ProjectName,
    FindingLocation Location,
    string? HelpUri);

/// <summary>A span in a source file; lines and columns are 1-based, as editors show them.</summary>
public sealed record FindingLocation(string FilePath, int Line, int Column, int EndLine, int EndColumn);
