using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// What the lock rules (INTR208, INTR209, INTR210, INTR219) share: which operations touch a table that already has
/// rows, which take a table lock, and how to name things in a message.
/// </summary>
internal static class LockFacts
{
    /// <summary>
    /// The operation is on a table the migration does not create itself: a table that may be big and busy. An
    /// operation whose table is not known (a name that is not a constant) is not reported.
    /// </summary>
    public static bool IsOnExistingTable(MigrationDefinition migration, SchemaOperation operation) =>
        operation.Table is not null && !migration.CreatesTable(operation.Table);

    /// <summary>
    /// Operations that lock the table they change until the transaction ends (on PostgreSQL: ACCESS EXCLUSIVE for
    /// most ALTER TABLE forms and DROP INDEX, SHARE ROW EXCLUSIVE for a foreign key, SHARE for an index build; on SQL
    /// Server a schema-modification lock). Concurrent and online index work, VALIDATE CONSTRAINT and row changes are
    /// left out: they let reads and writes go on.
    /// </summary>
    public static bool TakesTableLock(SchemaOperation operation) => operation.Kind switch
    {
        SchemaOperationKind.AddColumn or SchemaOperationKind.DropColumn or SchemaOperationKind.RenameColumn
            or SchemaOperationKind.AlterColumn or SchemaOperationKind.DropTable or SchemaOperationKind.RenameTable
            or SchemaOperationKind.AddForeignKey or SchemaOperationKind.AddCheckConstraint or SchemaOperationKind.DropConstraint
            or SchemaOperationKind.TruncateTable => true,
        SchemaOperationKind.CreateIndex or SchemaOperationKind.AddPrimaryKey or SchemaOperationKind.AddUniqueConstraint =>
            operation.Index?.IsConcurrent != true,
        SchemaOperationKind.DropIndex => !operation.IsConcurrent,
        _ => false,
    };

    /// <summary>
    /// A PostgreSQL CONCURRENTLY index build or drop: the provider is PostgreSQL, or unknown and the statement says
    /// CONCURRENTLY (ONLINE = ON and MySQL's LOCK = NONE also read as concurrent, and may run in a transaction).
    /// </summary>
    public static bool IsPostgresConcurrentIndexWork(SchemaOperation operation, DatabaseProvider provider)
    {
        var concurrent = operation.Kind switch
        {
            SchemaOperationKind.CreateIndex => operation.Index?.IsConcurrent == true,
            SchemaOperationKind.DropIndex => operation.IsConcurrent,
            _ => false,
        };
        return concurrent
            && (provider == DatabaseProvider.PostgreSql
                || provider == DatabaseProvider.Unknown && operation.Sql?.IndexOf("CONCURRENTLY", StringComparison.OrdinalIgnoreCase) >= 0);
    }

    /// <summary>The index created or dropped by a migration earlier than <paramref name="before"/> in Up, by name.</summary>
    public static bool IsIndexCreatedBefore(MigrationDefinition migration, string? indexName, int before)
    {
        if (indexName is null)
        {
            return false;
        }

        for (var index = 0; index < before && index < migration.Up.Length; index++)
        {
            if (migration.Up[index] is { Kind: SchemaOperationKind.CreateIndex } created
                && string.Equals(created.ObjectName ?? created.Index?.Name, indexName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"index IX_Servers_Hostname", or "an index" when the migration does not name it.</summary>
    public static string Named(string what, string? name) => name is null ? $"a {what}" : $"{what} {name}";
}
