using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR210: a migration builds an index on a table that already has rows without CONCURRENTLY (PostgreSQL) or
/// ONLINE = ON (SQL Server), so writes to the table wait for the whole build. MySQL's InnoDB builds ordinary indexes
/// in place with writes going on, but not FULLTEXT or SPATIAL ones; SQLite has no concurrent form at all.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingIndexAnalyzer : MigrationRuleAnalyzer
{
    /// <summary>The diagnostic property the code fix reads: set when marking the index concurrent is an honest fix.</summary>
    internal const string FixProperty = "fix";

    /// <summary>The value of <see cref="FixProperty"/> for an EF Core index on Npgsql.</summary>
    internal const string NpgsqlConcurrentFix = "npgsql-concurrently";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.BlockingIndexBuild,
        title: "Create indexes on existing tables concurrently or online",
        messageFormat: "Migration '{0}' {1}; {2}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "A plain CREATE INDEX on a table that already has rows blocks every write to the table until the index is built, which takes minutes on a big table: on PostgreSQL it holds a SHARE lock, on SQL Server an offline build locks the table. Build it without blocking: CREATE INDEX CONCURRENTLY outside a transaction on PostgreSQL, WITH (ONLINE = ON) on SQL Server editions that support it. MySQL's InnoDB builds ordinary indexes online already.");

    private static readonly ImmutableDictionary<string, string?> NpgsqlFix =
        ImmutableDictionary<string, string?>.Empty.Add(FixProperty, NpgsqlConcurrentFix);

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration)
    {
        if (migration.Provider == DatabaseProvider.Sqlite)
        {
            yield break;
        }

        foreach (var operation in migration.Up)
        {
            if (operation is not { Kind: SchemaOperationKind.CreateIndex, IsFromEmbeddedSql: false, Index: { IsConcurrent: false } index }
                || !LockFacts.IsOnExistingTable(migration, operation)
                || (migration.Provider == DatabaseProvider.MySql && !index.IsFullTextOrSpatial))
            {
                continue;
            }

            var name = operation.ObjectName ?? index.Name;
            yield return new MigrationFinding(operation.Location, migration.Name, What(migration.Provider, name, operation.Table!), Fix(migration))
            {
                Properties = IsNpgsqlFixHonest(migration, operation) ? NpgsqlFix : null,
            };
        }
    }

    private static string What(DatabaseProvider provider, string? name, SchemaObjectName table) => provider switch
    {
        DatabaseProvider.PostgreSql =>
            $"creates {LockFacts.Named("index", name)} on existing table {table} without CONCURRENTLY, which blocks writes to the table for the whole build on PostgreSQL",
        DatabaseProvider.SqlServer =>
            $"creates {LockFacts.Named("index", name)} on existing table {table} without ONLINE = ON, which blocks writes to the table for the whole build on SQL Server (reads too for a clustered index)",
        DatabaseProvider.MySql =>
            $"creates {LockFacts.Named("FULLTEXT or SPATIAL index", name)} on existing table {table}, which MySQL builds while blocking writes to the table",
        _ =>
            $"creates {LockFacts.Named("index", name)} on existing table {table} without CONCURRENTLY (PostgreSQL) or ONLINE = ON (SQL Server), which blocks writes to the table for the whole build",
    };

    private static string Fix(MigrationDefinition migration) => migration.Provider switch
    {
        DatabaseProvider.PostgreSql => migration.Framework switch
        {
            MigrationFramework.EfCore => "add .Annotation(\"Npgsql:CreatedConcurrently\", true), which Npgsql runs outside the migration's transaction, and keep the index in a migration of its own",
            MigrationFramework.FluentMigrator => "use .WithOptions().AsConcurrently() in a migration marked [Migration(…, TransactionBehavior.None)]",
            _ => "write CREATE INDEX CONCURRENTLY and run it outside a transaction",
        },
        DatabaseProvider.SqlServer => migration.Framework switch
        {
            MigrationFramework.EfCore => "add .Annotation(\"SqlServer:Online\", true) (Enterprise edition and Azure SQL; other editions need a quiet window)",
            MigrationFramework.FluentMigrator => "use .WithOptions().Online() from FluentMigrator.SqlServer (Enterprise edition and Azure SQL; other editions need a quiet window)",
            _ => "add WITH (ONLINE = ON) (Enterprise edition and Azure SQL; other editions need a quiet window)",
        },
        DatabaseProvider.MySql => "create it in a quiet window or with an online schema-change tool",
        _ => "create it concurrently (PostgreSQL) or online (SQL Server)",
    };

    /// <summary>
    /// Marking the index concurrent makes Npgsql run it outside the migration's transaction. That keeps the
    /// migration's behaviour only when the index is all the migration does: otherwise the operations before it
    /// commit on their own, and a failed build leaves them applied with the migration unrecorded.
    /// </summary>
    private static bool IsNpgsqlFixHonest(MigrationDefinition migration, SchemaOperation operation) =>
        migration is { Framework: MigrationFramework.EfCore, Provider: DatabaseProvider.PostgreSql, Up.Length: 1 }
        && ReferenceEquals(migration.Up[0], operation);
}
