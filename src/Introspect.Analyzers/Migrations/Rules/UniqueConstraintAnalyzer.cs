using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR208: a migration adds a unique index, a unique constraint or a primary key to a table that already has rows.
/// The build locks the table for its whole length, it fails when the rows already hold duplicates, and the running
/// version of the app may still write the duplicates the new index rejects.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UniqueConstraintAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.UniqueConstraintOnExistingTable,
        title: "Add unique indexes and keys to existing tables without locking them",
        messageFormat: "Migration '{0}' {1}; {2}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "A unique index, unique constraint or primary key added to a table that already has rows is built in one step under a lock: PostgreSQL blocks writes during CREATE UNIQUE INDEX and reads too during ADD CONSTRAINT, SQL Server builds it offline unless ONLINE = ON. The migration fails if the rows already hold duplicates, and the previous version of the app, still running during a rolling deploy, may keep writing them. Stop writing duplicates and remove them first, then build the index concurrently or online and attach the constraint to it.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration)
    {
        // SQLite has no concurrent form and one writer at a time: the rule has nothing better to offer there.
        if (migration.Provider == DatabaseProvider.Sqlite)
        {
            yield break;
        }

        foreach (var operation in migration.Up)
        {
            if (operation.IsFromEmbeddedSql || !LockFacts.IsOnExistingTable(migration, operation) || Built(operation) is not { } what)
            {
                continue;
            }

            // InnoDB builds a unique secondary index in place while reads and writes go on; only a new primary key
            // rebuilds the table.
            if (migration.Provider == DatabaseProvider.MySql && operation.Kind != SchemaOperationKind.AddPrimaryKey)
            {
                continue;
            }

            yield return new MigrationFinding(
                operation.Location,
                migration.Name,
                $"{what} on existing table {operation.Table}: {Why(migration.Provider, operation.Kind)}",
                Fix(migration, operation.Kind));
        }
    }

    /// <summary>What the operation builds, when it is a unique index built in one locking step.</summary>
    private static string? Built(SchemaOperation operation) => operation switch
    {
        { Kind: SchemaOperationKind.CreateIndex, Index: { IsUnique: true, IsConcurrent: false } index } =>
            "creates " + LockFacts.Named("unique index", operation.ObjectName ?? index.Name),

        // ADD CONSTRAINT … USING INDEX attaches an index built concurrently before: it reads as concurrent.
        { Kind: SchemaOperationKind.AddUniqueConstraint } when operation.Index?.IsConcurrent != true =>
            "adds " + LockFacts.Named("unique constraint", operation.ObjectName),
        { Kind: SchemaOperationKind.AddPrimaryKey } when operation.Index?.IsConcurrent != true =>
            "adds " + LockFacts.Named("primary key", operation.ObjectName),
        _ => null,
    };

    private static string Why(DatabaseProvider provider, SchemaOperationKind kind)
    {
        const string Consequences = "the migration fails if the rows already hold duplicates, and the running version may still write them";
        return provider switch
        {
            DatabaseProvider.PostgreSql when kind == SchemaOperationKind.CreateIndex =>
                $"PostgreSQL blocks writes to the table for the whole build, {Consequences}",
            DatabaseProvider.PostgreSql =>
                $"PostgreSQL builds its index under an ACCESS EXCLUSIVE lock that blocks reads and writes for the whole build, {Consequences}",
            DatabaseProvider.SqlServer =>
                $"SQL Server builds the index offline, blocking writes for the whole build (and reads for a clustered index), {Consequences}",
            DatabaseProvider.MySql =>
                "MySQL rebuilds the whole table to change its primary key, the migration fails if the rows already hold duplicates or NULLs, and the running version may still write them",
            _ => $"the index is built under a table lock on PostgreSQL and SQL Server, {Consequences}",
        };
    }

    private static string Fix(MigrationDefinition migration, SchemaOperationKind kind)
    {
        const string First = "stop writing duplicates and remove them first";
        var constraint = kind == SchemaOperationKind.AddPrimaryKey ? "PRIMARY KEY" : "UNIQUE";
        return migration.Provider switch
        {
            DatabaseProvider.PostgreSql when kind != SchemaOperationKind.CreateIndex =>
                $"{First}, then build a unique index CONCURRENTLY outside a transaction and attach it with ADD CONSTRAINT … {constraint} USING INDEX",
            DatabaseProvider.PostgreSql => migration.Framework switch
            {
                MigrationFramework.EfCore => $"{First}, then create it with .Annotation(\"Npgsql:CreatedConcurrently\", true) in a migration of its own",
                MigrationFramework.FluentMigrator => $"{First}, then create it with .WithOptions().AsConcurrently() in a migration marked TransactionBehavior.None",
                _ => $"{First}, then create it with CREATE UNIQUE INDEX CONCURRENTLY outside a transaction",
            },
            DatabaseProvider.SqlServer => migration.Framework switch
            {
                MigrationFramework.EfCore => $"{First}, then build it online with .Annotation(\"SqlServer:Online\", true) (Enterprise edition and Azure SQL)",
                MigrationFramework.FluentMigrator => $"{First}, then build it online with .WithOptions().Online() (Enterprise edition and Azure SQL)",
                _ => $"{First}, then build it WITH (ONLINE = ON) (Enterprise edition and Azure SQL)",
            },
            DatabaseProvider.MySql => "remove duplicates first and change the key in a maintenance window or with an online schema-change tool",
            _ => $"{First}, then build it concurrently (PostgreSQL) or online (SQL Server)",
        };
    }
}
