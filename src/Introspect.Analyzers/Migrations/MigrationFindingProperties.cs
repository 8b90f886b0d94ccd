using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// The facts a migration diagnostic carries in its properties, so that tools built on the diagnostics (the
/// <c>introspect migrations plan</c> command, SARIF consumers) can name the migration, table and column without
/// parsing the message.
/// </summary>
public static class MigrationFindingProperties
{
    public const string Migration = "migration";
    public const string Framework = "framework";
    public const string Provider = "provider";
    public const string Table = "table";
    public const string Column = "column";
    public const string NewName = "newName";
    public const string Operation = "operation";

    internal static ImmutableDictionary<string, string?> Of(MigrationDefinition migration, SchemaOperation? operation)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        properties[Migration] = migration.Id;
        properties[Framework] = migration.Framework.ToString();
        properties[Provider] = migration.Provider.ToString();
        if (operation is not null)
        {
            properties[Operation] = operation.Kind.ToString();
            properties[Table] = operation.Table?.ToString();
            properties[Column] = operation.Column;
            properties[NewName] = operation.NewName;
        }

        return properties.ToImmutable();
    }
}
