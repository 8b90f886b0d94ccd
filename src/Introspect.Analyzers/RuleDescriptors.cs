using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers;

/// <summary>Builds descriptors the same way for every rule, so each one links to its docs page.</summary>
internal static class RuleDescriptors
{
    /// <summary>Where docs/rules/&lt;ID&gt;.md is published; the help link of every rule points here.</summary>
    public const string HelpLinkBase = "https://github.com/introspect-dev/introspect/blob/main/docs/rules/";

    public static string HelpLinkFor(string id) => HelpLinkBase + id + ".md";

    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string description,
        params string[] customTags) =>
        new(
            id,
            title,
            messageFormat,
            category,
            defaultSeverity,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinkFor(id),
            customTags: customTags);
}
