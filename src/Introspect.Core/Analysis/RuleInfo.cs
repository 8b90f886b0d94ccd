using Microsoft.CodeAnalysis;

namespace Introspect.Core.Analysis;

/// <summary>What a report says about a rule that ran: its metadata, for SARIF rule entries and report headers.</summary>
public sealed record RuleInfo(
    string Id,
    string Title,
    string Description,
    string Category,
    FindingSeverity DefaultSeverity,
    string? HelpUri)
{
    public static RuleInfo From(DiagnosticDescriptor descriptor)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return new RuleInfo(
            descriptor.Id,
            descriptor.Title.ToString(culture),
            descriptor.Description.ToString(culture),
            descriptor.Category,
            descriptor.DefaultSeverity.ToFindingSeverity() ?? FindingSeverity.Note,
            descriptor.HelpLinkUri is { Length: > 0 } uri ? uri : null);
    }
}
