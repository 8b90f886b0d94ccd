using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules.RawSql;

/// <summary>What a change costs on each database, in the words of the messages. Unknown names the two common ones.</summary>
internal static class ProviderText
{
    public static string NotNullScan(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "PostgreSQL scans the whole table under an ACCESS EXCLUSIVE lock (blocking reads and writes) unless a validated CHECK (column IS NOT NULL) proves it",
        DatabaseProvider.SqlServer => "SQL Server checks every row under a schema-modification lock that blocks reads and writes",
        DatabaseProvider.MySql => "MySQL rebuilds the table",
        DatabaseProvider.Sqlite => "SQLite cannot change a column in place, so the table is rebuilt",
        _ => "the database checks every row under a lock that blocks writes (PostgreSQL: ACCESS EXCLUSIVE, SQL Server: schema modification)",
    };

    public static string TypeChange(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "PostgreSQL rewrites the whole table under an ACCESS EXCLUSIVE lock (only a longer varchar or varchar to text is free), and writes of the running version may fail or be cut",
        DatabaseProvider.SqlServer => "SQL Server checks or rewrites every row under a schema-modification lock, and writes of the running version may fail or be cut",
        DatabaseProvider.MySql => "MySQL copies the whole table while blocking writes, and writes of the running version may fail or be cut",
        _ => "the database checks or rewrites every row under a lock, and writes of the running version may fail or be cut",
    };

    public static bool BlocksWritesDuringIndexBuild(DatabaseProvider provider) =>
        provider is DatabaseProvider.PostgreSql or DatabaseProvider.SqlServer or DatabaseProvider.Unknown;

    public static string IndexBuild(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "without CONCURRENTLY, PostgreSQL blocks writes to the table for the whole build",
        DatabaseProvider.SqlServer => "without ONLINE = ON, SQL Server blocks writes to the table for the whole build (online builds need Enterprise edition or Azure SQL)",
        DatabaseProvider.MySql => "MySQL (InnoDB) builds it in place",
        DatabaseProvider.Sqlite => "SQLite blocks writes to the whole database for the build",
        _ => "it blocks writes to the table for the whole build (PostgreSQL without CONCURRENTLY, SQL Server without ONLINE = ON)",
    };

    public static string ConcurrentForm(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "CONCURRENTLY",
        DatabaseProvider.SqlServer => "WITH (ONLINE = ON)",
        DatabaseProvider.MySql => "with ALGORITHM=INPLACE, LOCK=NONE",
        DatabaseProvider.Sqlite => "in a quiet period",
        _ => "CONCURRENTLY (PostgreSQL) or WITH (ONLINE = ON) (SQL Server)",
    };

    public static string ConstraintCheck(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "PostgreSQL checks every existing row while blocking writes to the table (and, for a foreign key, to the referenced table)",
        DatabaseProvider.SqlServer => "SQL Server checks every existing row under a schema-modification lock",
        DatabaseProvider.MySql => "MySQL copies the table to check it",
        _ => "the database checks every existing row while blocking writes",
    };

    public static string EveryRowLocked(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "it keeps every row locked until it commits, and PostgreSQL writes a new version of each row (bloat, a burst of WAL, replica lag)",
        DatabaseProvider.SqlServer => "it keeps every row locked until it commits (SQL Server escalates to a table lock), and the transaction log grows with the whole table",
        DatabaseProvider.MySql => "it keeps every row locked until it commits, and the undo log grows with the whole table",
        DatabaseProvider.Sqlite => "it keeps the whole database locked for writes until it commits",
        _ => "it keeps every row locked until it commits",
    };

    public static string Truncate(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "PostgreSQL's TRUNCATE takes an ACCESS EXCLUSIVE lock that blocks even reads",
        DatabaseProvider.SqlServer => "SQL Server's TRUNCATE takes a schema-modification lock that blocks even reads",
        DatabaseProvider.MySql => "MySQL's TRUNCATE drops and re-creates the table and commits on its own",
        _ => "TRUNCATE takes a lock that blocks reads and writes",
    };
}
