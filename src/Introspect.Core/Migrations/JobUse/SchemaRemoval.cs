using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Rules;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Migrations.JobUse;

/// <summary>
/// A table or column that a migration still to ship takes away from running code: dropped, or renamed (the old name
/// is gone). <see cref="Location"/> is the operation in the migration; it is where INTR221 reports.
/// </summary>
internal sealed record SchemaRemoval(
    string Migration,
    MigrationFramework Framework,
    DatabaseProvider Provider,
    SchemaOperationKind Kind,
    SchemaObjectName Table,
    string? Column,
    string? NewName,
    Location Location)
{
    public bool IsColumn => Kind is SchemaOperationKind.DropColumn or SchemaOperationKind.RenameColumn;

    public bool IsDrop => Kind is SchemaOperationKind.DropTable or SchemaOperationKind.DropColumn;

    /// <summary>What the migration does, as the message says it: "drops column Servers.LegacyRackCode".</summary>
    public string Change => Kind switch
    {
        SchemaOperationKind.DropTable => $"drops table {Table}",
        SchemaOperationKind.RenameTable => $"renames table {Table} to {NewName}",
        SchemaOperationKind.DropColumn => $"drops column {Table}.{Column}",
        _ => $"renames column {Table}.{Column} to {NewName}",
    };

    /// <summary>
    /// The removals among a migration's Up operations: the same operations INTR201–INTR204 report (and the ones an
    /// embedded SQL string makes, which INTR211 reports), except on a table the migration itself creates and no-op
    /// renames. Read from the migration directly, so INTR221 works whether or not those rules are turned on.
    /// </summary>
    public static IEnumerable<SchemaRemoval> In(MigrationDefinition migration) =>
        migration.Up
            .Where(operation => operation.Table is not null && !migration.CreatesTable(operation.Table))
            .Where(operation => operation.Kind switch
            {
                SchemaOperationKind.DropTable => true,
                SchemaOperationKind.RenameTable => operation.NewName is not null && !RenameFacts.IsNoOp(operation.Table!.Name, operation.NewName),
                SchemaOperationKind.DropColumn => operation.Column is not null,
                SchemaOperationKind.RenameColumn => operation.Column is not null && operation.NewName is not null && !RenameFacts.IsNoOp(operation.Column, operation.NewName),
                _ => false,
            })
            .Select(operation => new SchemaRemoval(migration.Name, migration.Framework, migration.Provider, operation.Kind, operation.Table!, operation.Column, operation.NewName, operation.Location));
}
