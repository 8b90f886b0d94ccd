using Microsoft.CodeAnalysis;

namespace Introspect.Core.Analysis;

/// <summary>How serious a finding is, in the words SARIF and CI systems use. Ordered from least to most severe.</summary>
public enum FindingSeverity
{
    Note = 1,
    Warning = 2,
    Error = 3,
}

public static class FindingSeverityConversions
{
    /// <summary>Hidden diagnostics are not findings: a build does not show them either.</summary>
    public static FindingSeverity? ToFindingSeverity(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => FindingSeverity.Error,
        DiagnosticSeverity.Warning => FindingSeverity.Warning,
        DiagnosticSeverity.Info => FindingSeverity.Note,
        _ => null,
    };
}
