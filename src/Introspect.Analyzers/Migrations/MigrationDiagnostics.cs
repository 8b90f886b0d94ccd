using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// How every migration rule reports: a warning for a migration that has not shipped yet, and a note marked "shipped"
/// (with the migration's id as a property) for one at or before <c>introspect.migrations.last_shipped</c>, which already
/// runs in production and cannot be changed any more.
/// </summary>
internal static class MigrationDiagnostics
{
    public const string ShippedProperty = "shipped";

    /// <summary>The same rule for migrations that already run in production: a note, and the message says why.</summary>
    public static DiagnosticDescriptor ShippedNote(DiagnosticDescriptor rule) => new(
        rule.Id,
        rule.Title,
        rule.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (this migration has already shipped, so this is a note)",
        rule.Category,
        DiagnosticSeverity.Info,
        rule.IsEnabledByDefault,
        rule.Description,
        rule.HelpLinkUri,
        rule.CustomTags.ToArray());

    /// <param name="shippedId">The id of the migration when it has shipped; null for a migration still to ship.</param>
    /// <param name="properties">Facts about the finding (<see cref="MigrationFindingProperties"/>) and data for a code fix.</param>
    public static Diagnostic Create(
        DiagnosticDescriptor rule,
        DiagnosticDescriptor shippedNote,
        Location location,
        string? shippedId,
        object[] messageArguments,
        ImmutableDictionary<string, string?>? properties = null)
    {
        properties ??= ImmutableDictionary<string, string?>.Empty;
        return shippedId is not null
            ? Diagnostic.Create(shippedNote, location, additionalLocations: null, properties.SetItem(ShippedProperty, shippedId), messageArguments)
            : Diagnostic.Create(rule, location, additionalLocations: null, properties, messageArguments);
    }
}
