using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules.Backfill;

/// <summary>What counts as a schema change that holds locks, and what counts as a backfill over existing rows.</summary>
internal static class BackfillFacts
{
    /// <summary>
    /// A change to an existing table (or one the migration does not say it creates) that takes a lock kept until the
    /// transaction ends. Creating tables and views, validating a constraint (which does not block writes) and
    /// PostgreSQL's concurrent index work (which cannot run in a transaction at all) are left out.
    /// </summary>
    public static bool IsLockingSchemaChange(SchemaOperation operation, MigrationDefinition migration)
    {
        switch (operation.Kind)
        {
            case SchemaOperationKind.ModifyData or SchemaOperationKind.SetOption or SchemaOperationKind.TransactionControl
                or SchemaOperationKind.UnrecognisedSql or SchemaOperationKind.ValidateConstraint
                or SchemaOperationKind.CreateTable or SchemaOperationKind.CreateView:
                return false;
            case SchemaOperationKind.CreateIndex or SchemaOperationKind.DropIndex
                when migration.Provider == DatabaseProvider.PostgreSql && (operation.IsConcurrent || operation.Index?.IsConcurrent == true):
                return false;
            default:
                return operation.Table is null || !migration.CreatesTable(operation.Table);
        }
    }

    /// <summary>
    /// A data change that works through existing rows. Every-row UPDATE/DELETE/MERGE and INSERT … SELECT always count;
    /// an UPDATE/DELETE limited by a WHERE counts when it touches a table the same transaction changes (the classic
    /// "add the column, fill it" backfill). Rows written out in the migration (INSERT … VALUES, InsertData, seed data
    /// edits by key such as EF Core's UpdateData) are not backfills.
    /// </summary>
    public static BackfillScope Scope(SchemaOperation operation, MigrationDefinition migration)
    {
        if (operation.Kind != SchemaOperationKind.ModifyData || operation.DataChange is not { } change)
        {
            return BackfillScope.None;
        }

        if (change == DataChangeKind.InsertFromQuery)
        {
            return BackfillScope.AnyTable;
        }

        if (change == DataChangeKind.Insert || operation.Table is { } table && migration.CreatesTable(table))
        {
            return BackfillScope.None;
        }

        // EF Core's UpdateData/DeleteData name rows by their key: seed data, not a pass over the table.
        if (migration.Framework == MigrationFramework.EfCore && !operation.IsFromEmbeddedSql)
        {
            return BackfillScope.None;
        }

        return operation.HasWhereClause == false || change == DataChangeKind.Merge ? BackfillScope.AnyTable : BackfillScope.SameTable;
    }

    public static string DescribeBackfill(SchemaOperation operation)
    {
        var table = operation.Table?.ToString() ?? "a table";
        return operation.DataChange switch
        {
            DataChangeKind.InsertFromQuery => $"copies existing rows into {table}",
            DataChangeKind.Merge => $"merges rows into {table}",
            DataChangeKind.Delete => operation.HasWhereClause == false ? $"deletes every row of {table}" : $"deletes rows of {table}",
            _ => operation.HasWhereClause == false ? $"updates every row of {table}" : $"updates rows of {table}",
        };
    }

    public static string DescribeSchemaChange(SchemaOperation operation)
    {
        var table = operation.Table?.ToString() ?? "a table";
        var column = $"{table}.{operation.Column}";
        var name = operation.ObjectName is null ? string.Empty : " " + operation.ObjectName;
        return operation.Kind switch
        {
            SchemaOperationKind.AddColumn => $"adds column {column}",
            SchemaOperationKind.DropColumn => $"drops column {column}",
            SchemaOperationKind.RenameColumn => $"renames column {column}",
            SchemaOperationKind.AlterColumn => $"alters column {column}",
            SchemaOperationKind.CreateIndex => $"creates index{name} on {table}",
            SchemaOperationKind.DropIndex => $"drops index{name}",
            SchemaOperationKind.RenameIndex => $"renames index{name}",
            SchemaOperationKind.AddPrimaryKey => $"adds a primary key to {table}",
            SchemaOperationKind.AddUniqueConstraint => $"adds unique constraint{name} on {table}",
            SchemaOperationKind.AddForeignKey => $"adds foreign key{name} on {table}",
            SchemaOperationKind.AddCheckConstraint => $"adds check constraint{name} on {table}",
            SchemaOperationKind.DropConstraint => $"drops constraint{name} on {table}",
            SchemaOperationKind.DropTable => $"drops table {table}",
            SchemaOperationKind.RenameTable => $"renames table {table}",
            SchemaOperationKind.TruncateTable => $"truncates {table}",
            SchemaOperationKind.DropView => $"drops view {operation.ObjectName ?? table}",
            _ => $"changes {table}",
        };
    }

    public static string HeldLocks(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "on PostgreSQL its ACCESS EXCLUSIVE lock is then held until the backfill commits, blocking every read and write of the table",
        DatabaseProvider.SqlServer => "on SQL Server its schema-modification lock is then held until the backfill commits, blocking every read and write of the table",
        _ => "the lock it takes (ACCESS EXCLUSIVE on PostgreSQL, schema modification on SQL Server) is then held until the backfill commits",
    };
}

/// <summary>Which schema changes a data change is a backfill for.</summary>
internal enum BackfillScope
{
    None,

    /// <summary>Only a change of the table it writes (a WHERE-limited UPDATE or DELETE).</summary>
    SameTable,

    /// <summary>Any locking change in the same transaction (every row, or a copy from a query).</summary>
    AnyTable,
}
