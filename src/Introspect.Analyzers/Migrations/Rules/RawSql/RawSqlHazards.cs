using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules.RawSql;

/// <summary>
/// The hazards of the schema rules, recognised in operations read from raw SQL: the strings of
/// <c>migrationBuilder.Sql(…)</c> and <c>Execute.Sql(…)</c> (every hazard: the specific rules leave embedded SQL to
/// INTR211), and plain .sql scripts (only the hazards no specific rule reads from scripts: changes to every row,
/// TRUNCATE, DROP VIEW). Each check keeps the exemptions of the matching rule: tables the migration creates, no-op
/// renames, concurrent/online index builds, constraints added without checking existing rows.
/// </summary>
internal static class RawSqlHazards
{
    public static RawSqlHazard? Of(SchemaOperation operation, MigrationDefinition migration, int index)
    {
        if (!operation.IsFromEmbeddedSql && migration.Framework != MigrationFramework.SqlScript)
        {
            return null;
        }

        if (operation.Table is not null && migration.CreatesTable(operation.Table))
        {
            return null;
        }

        var scriptHazard = operation.Kind switch
        {
            SchemaOperationKind.ModifyData => EveryRowChanged(operation, migration.Provider),
            SchemaOperationKind.TruncateTable => Truncate(operation, migration.Provider),
            SchemaOperationKind.DropView => DropView(operation, migration, index),
            _ => null,
        };

        return scriptHazard is not null || !operation.IsFromEmbeddedSql ? scriptHazard : SchemaHazard(operation, migration, index);
    }

    /// <summary>The hazards of INTR201–INTR210, for SQL embedded in a C# migration.</summary>
    private static RawSqlHazard? SchemaHazard(SchemaOperation operation, MigrationDefinition migration, int index)
    {
        var table = operation.Table?.ToString() ?? "the table";
        switch (operation.Kind)
        {
            case SchemaOperationKind.DropColumn when operation.Column is not null:
                return new RawSqlHazard(
                    $"drops column {table}.{operation.Column}",
                    "the running version of the app may still use it, and a rollback cannot bring its data back (the hazard of INTR201)",
                    "stop using the column in this release and drop it in a later one");
            case SchemaOperationKind.DropTable:
                return new RawSqlHazard(
                    $"drops table {table}",
                    "the running version of the app may still use it, and its rows cannot come back on rollback (the hazard of INTR202)",
                    "stop using the table in this release and drop it in a later one");
            case SchemaOperationKind.RenameColumn when !RenameFacts.IsNoOp(operation.Column, operation.NewName):
                return new RawSqlHazard(
                    $"renames column {table}.{operation.Column} to {operation.NewName}",
                    "the running version of the app still uses the old name (the hazard of INTR203)",
                    "add the new column, write to both, backfill, switch reads, and drop the old column in a later release");
            case SchemaOperationKind.RenameTable when !RenameFacts.IsNoOp(operation.Table?.Name, operation.NewName):
                return new RawSqlHazard(
                    $"renames table {table} to {operation.NewName}",
                    "the running version of the app still uses the old name (the hazard of INTR204)",
                    "keep the old name reachable during the transition (a view, or a new table and a copy) and remove it in a later release");
            case SchemaOperationKind.AlterColumn:
                return AlterColumn(operation, migration, index, table);
            case SchemaOperationKind.AddColumn when operation.NewColumn is { IsNullable: false, Default: null, IsIdentity: false, IsStoredComputed: false }:
                return new RawSqlHazard(
                    $"adds NOT NULL column {table}.{operation.Column} without a default",
                    "it fails on a table that has rows, and inserts of the running version that leave the column out fail (the hazard of INTR207)",
                    "add the column nullable or with a default, backfill, then make it NOT NULL");
            case SchemaOperationKind.CreateIndex or SchemaOperationKind.AddUniqueConstraint or SchemaOperationKind.AddPrimaryKey:
                return IndexBuild(operation, migration.Provider, table);
            case SchemaOperationKind.AddForeignKey or SchemaOperationKind.AddCheckConstraint when operation.ValidatesExistingRows == true:
                return ValidatedConstraint(operation, migration.Provider, table);
            default:
                return null;
        }
    }

    private static RawSqlHazard? AlterColumn(SchemaOperation operation, MigrationDefinition migration, int index, string table)
    {
        var column = operation.NewColumn;
        var name = $"{table}.{operation.Column}";
        if (column?.IsNullable == false && !ValidatedBefore(migration, index, operation.Table))
        {
            return new RawSqlHazard(
                $"makes column {name} NOT NULL",
                ProviderText.NotNullScan(migration.Provider) + ", and inserts of NULL by the running version start failing (the hazard of INTR206)",
                migration.Provider == DatabaseProvider.PostgreSql
                    ? "backfill first, add CHECK (column IS NOT NULL) NOT VALID, VALIDATE it in a later migration, then SET NOT NULL"
                    : "backfill first and make the column NOT NULL in a later release, once no running code writes NULL");
        }

        // T-SQL restates the type in every ALTER COLUMN: with NOT NULL settled above, a bare restatement is a type change.
        if (column?.StoreType is { } type && column.IsNullable != false && !StoreTypeFacts.IsUnboundedText(type, migration.Provider))
        {
            return new RawSqlHazard(
                $"changes the type of column {name} to {type}",
                "unless that only widens it, " + ProviderText.TypeChange(migration.Provider) + " (the hazard of INTR205)",
                "add a column of the new type, backfill it in batches, switch reads and writes, and drop the old column in a later release");
        }

        return null;
    }

    /// <summary>VALIDATE CONSTRAINT on the table earlier in the migration: the SET NOT NULL that follows is the last step of the safe sequence.</summary>
    private static bool ValidatedBefore(MigrationDefinition migration, int index, SchemaObjectName? table)
    {
        for (var earlier = 0; earlier < index && earlier < migration.Up.Length; earlier++)
        {
            var operation = migration.Up[earlier];
            if (operation.Kind == SchemaOperationKind.ValidateConstraint && (table is null || operation.Table is null || operation.Table.Equals(table)))
            {
                return true;
            }
        }

        return false;
    }

    private static RawSqlHazard? IndexBuild(SchemaOperation operation, DatabaseProvider provider, string table)
    {
        var index = operation.Index;
        if (index is null || index.IsConcurrent)
        {
            return null;
        }

        var name = (operation.ObjectName ?? index.Name) is { } named ? " " + named : string.Empty;
        var what = operation.Kind switch
        {
            SchemaOperationKind.AddPrimaryKey => $"adds a primary key to {table}",
            SchemaOperationKind.AddUniqueConstraint => $"adds unique constraint{name} on {table}",
            _ when index.IsUnique => $"builds unique index{name} on {table}",
            _ => $"builds index{name} on {table}",
        };

        if (index.IsUnique)
        {
            return new RawSqlHazard(
                what,
                ProviderText.IndexBuild(provider) + "; it fails on existing duplicates and the running version may still insert them (the hazards of INTR208 and INTR210)",
                "remove duplicates, build the unique index " + ProviderText.ConcurrentForm(provider) + " first, and add the constraint on it afterwards");
        }

        return ProviderText.BlocksWritesDuringIndexBuild(provider)
            ? new RawSqlHazard(
                what,
                ProviderText.IndexBuild(provider) + " (the hazard of INTR210)",
                "build it " + ProviderText.ConcurrentForm(provider) + ", outside the migration's transaction")
            : null;
    }

    private static RawSqlHazard ValidatedConstraint(SchemaOperation operation, DatabaseProvider provider, string table)
    {
        var kind = operation.Kind == SchemaOperationKind.AddForeignKey ? "foreign key" : "check constraint";
        var name = operation.ObjectName is null ? string.Empty : " " + operation.ObjectName;
        return new RawSqlHazard(
            $"adds {kind}{name} on {table}, checked against every existing row",
            ProviderText.ConstraintCheck(provider) + ", and writes of the running version may violate it (the hazard of INTR209)",
            provider == DatabaseProvider.SqlServer
                ? "add it WITH NOCHECK and run ALTER TABLE … WITH CHECK CHECK CONSTRAINT in a later migration"
                : "add it NOT VALID (PostgreSQL) and VALIDATE CONSTRAINT in a later migration");
    }

    private static RawSqlHazard? EveryRowChanged(SchemaOperation operation, DatabaseProvider provider)
    {
        if (operation.HasWhereClause != false)
        {
            return null;
        }

        var table = operation.Table?.ToString() ?? "the table";
        return operation.DataChange switch
        {
            DataChangeKind.Update => new RawSqlHazard(
                $"updates every row of {table} in one statement",
                ProviderText.EveryRowLocked(provider),
                "backfill in batches (WHERE id BETWEEN … AND …, or a job) in a migration of its own"),
            DataChangeKind.Delete => new RawSqlHazard(
                $"deletes every row of {table} in one statement",
                "the rows cannot come back on rollback, and " + ProviderText.EveryRowLocked(provider),
                "archive the rows first and delete in batches with a WHERE, or keep them until the contract release"),
            _ => null,
        };
    }

    private static RawSqlHazard Truncate(SchemaOperation operation, DatabaseProvider provider) =>
        new(
            $"truncates {operation.Table?.ToString() ?? "a table"}",
            "its rows cannot come back on rollback, and " + ProviderText.Truncate(provider),
            "archive the rows first, or keep the table until the contract release and then drop it");

    /// <summary>DROP VIEW, unless the migration creates the view again (the usual way to change a view's columns).</summary>
    private static RawSqlHazard? DropView(SchemaOperation operation, MigrationDefinition migration, int index)
    {
        var view = operation.ObjectName ?? operation.Table?.Name;
        for (var later = index + 1; later < migration.Up.Length; later++)
        {
            var candidate = migration.Up[later];
            if (candidate.Kind == SchemaOperationKind.CreateView && string.Equals(candidate.ObjectName ?? candidate.Table?.Name, view, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        return new RawSqlHazard(
            $"drops view {operation.Table?.ToString() ?? view ?? "?"}",
            "the running version of the app (or a report) may still read it",
            "keep the view until no running code reads it, or create it again in the same migration");
    }
}
