using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// What each database does when a column's type or nullability changes, or a NOT NULL column is added: the parts of
/// the INTR205–INTR207 messages that differ per provider.
/// </summary>
internal static class ColumnChangeNotes
{
    /// <summary>What an in-place type change costs.</summary>
    public static string TypeChangeCost(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock that blocks reads and writes",
        DatabaseProvider.SqlServer => "SQL Server checks (and for most conversions rewrites) every row under a schema-modification lock that blocks reads and writes",
        DatabaseProvider.MySql => "MySQL copies the whole table, blocking writes until it is done",
        DatabaseProvider.Sqlite => "SQLite cannot change a column's type in place, so the table is rebuilt and copied",
        _ => "most databases check or rewrite every row under an exclusive lock",
    };

    /// <summary>What setting NOT NULL on an existing column costs.</summary>
    public static string NotNullCost(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "PostgreSQL scans the whole table under an ACCESS EXCLUSIVE lock to check it",
        DatabaseProvider.SqlServer => "SQL Server checks every row under a schema-modification lock that blocks reads and writes",
        DatabaseProvider.MySql => "MySQL rebuilds the table to change it",
        DatabaseProvider.Sqlite => "SQLite cannot change it in place, so the table is rebuilt and copied",
        _ => "the database checks every row under an exclusive lock",
    };

    /// <summary>The safe way to NOT NULL, per provider.</summary>
    public static string NotNullSteps(DatabaseProvider provider, string column) => provider switch
    {
        DatabaseProvider.PostgreSql =>
            $"backfill it first, add CHECK ({column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT in a later migration, then SET NOT NULL (PostgreSQL 12+ skips the scan thanks to the validated check) once no running version writes NULL",
        DatabaseProvider.SqlServer =>
            "backfill it in batches first, and make it NOT NULL in a later release, once no running version writes NULL (until then a CHECK constraint added WITH NOCHECK keeps new rows honest)",
        _ => "backfill it in batches first, and make it NOT NULL in a later release, once no running version writes NULL",
    };

    /// <summary>What adding a NOT NULL column without a default does to a table that has rows.</summary>
    public static string AddNotNullWithoutDefault(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "PostgreSQL refuses it as soon as the table has a row",
        DatabaseProvider.SqlServer => "SQL Server refuses it as soon as the table has a row",
        DatabaseProvider.MySql => "MySQL silently fills the existing rows with the type's implicit value (0, '', a zero date)",
        DatabaseProvider.Sqlite => "SQLite refuses to add it at all",
        _ => "the database refuses it as soon as the table has a row",
    };
}
