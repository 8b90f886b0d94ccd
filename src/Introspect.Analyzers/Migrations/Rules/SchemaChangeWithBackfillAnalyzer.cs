using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Rules.Backfill;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR213: a migration changes the schema of an existing table and backfills rows in the same transaction. The
/// schema change's lock (ACCESS EXCLUSIVE on PostgreSQL, Sch-M on SQL Server) is held until the transaction commits,
/// so the table is blocked for as long as the backfill runs. MySQL commits each DDL statement on its own and SQLite
/// locks the whole database for any write, so neither is reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaChangeWithBackfillAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.SchemaChangeWithBackfill,
        title: "Do not backfill data in the transaction that changes the schema",
        messageFormat: "Migration '{0}' {1} in the same transaction in which it {2}: {3}; move the backfill into a migration of its own (or a job) and run it in batches",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "A migration runs in one transaction. When it changes the schema of a table and also works through existing rows (UPDATE, DELETE, MERGE, INSERT … SELECT), the lock the schema change took stays held until the backfill finishes, and every query of the running app on that table waits behind it; a failure late in the backfill also rolls the schema change back. Ship the schema change alone, then backfill in batches from a separate migration or a job.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration)
    {
        // MySQL commits every DDL statement implicitly; SQLite blocks the whole database for any write transaction.
        if (migration.Provider is DatabaseProvider.MySql or DatabaseProvider.Sqlite)
        {
            yield break;
        }

        var transactions = MigrationTransactions.Of(migration);
        for (var index = 0; index < migration.Up.Length; index++)
        {
            var backfill = migration.Up[index];
            var scope = BackfillFacts.Scope(backfill, migration);
            if (scope == BackfillScope.None || transactions[index] is null)
            {
                continue;
            }

            if (SchemaChangeInTransaction(migration, transactions, index, scope) is { } schemaChange)
            {
                yield return new MigrationFinding(
                    backfill.Location,
                    migration.Name,
                    BackfillFacts.DescribeBackfill(backfill),
                    BackfillFacts.DescribeSchemaChange(schemaChange),
                    BackfillFacts.HeldLocks(migration.Provider));
            }
        }
    }

    /// <summary>A locking schema change in the backfill's transaction; one of the backfilled table first.</summary>
    private static SchemaOperation? SchemaChangeInTransaction(MigrationDefinition migration, int?[] transactions, int backfillIndex, BackfillScope scope)
    {
        var backfill = migration.Up[backfillIndex];
        SchemaOperation? other = null;
        for (var index = 0; index < migration.Up.Length; index++)
        {
            var operation = migration.Up[index];
            if (transactions[index] != transactions[backfillIndex] || !BackfillFacts.IsLockingSchemaChange(operation, migration))
            {
                continue;
            }

            if (backfill.Table is not null && operation.Table is not null && operation.Table.Equals(backfill.Table))
            {
                return operation;
            }

            other ??= operation;
        }

        return scope == BackfillScope.AnyTable ? other : null;
    }
}
