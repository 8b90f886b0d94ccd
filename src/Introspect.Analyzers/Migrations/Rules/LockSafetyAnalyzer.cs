using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR219: the lock-safety details the other lock rules leave out, each with its own message:
/// CONCURRENTLY inside a transaction (the deploy fails), DROP INDEX without CONCURRENTLY (PostgreSQL), a column whose
/// default, computed value or identity rewrites every row of an existing table, many table locks held in one
/// transaction (<c>introspect.migrations.max_locking_operations</c>), and, when
/// <c>introspect.migrations.require_lock_timeout</c> is on, a PostgreSQL lock taken without lock_timeout.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LockSafetyAnalyzer : MigrationRuleAnalyzer
{
    /// <summary>The diagnostic property the code fix reads: set when passing suppressTransaction: true is an honest fix.</summary>
    internal const string FixProperty = "fix";

    /// <summary>The value of <see cref="FixProperty"/> for an EF Core Sql call that runs CONCURRENTLY in the transaction.</summary>
    internal const string SuppressTransactionFix = "suppress-transaction";

    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.LockSafety,
        title: "Take schema locks safely in migrations",
        messageFormat: "Migration '{0}' {1}; {2}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "Details that decide whether a migration holds a lock for milliseconds, for minutes, or fails the deploy: PostgreSQL refuses CREATE/DROP INDEX CONCURRENTLY inside a transaction (including a multi-statement SQL string); DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock; a column added with a per-row default, a stored computed value or an identity rewrites every row of the table; many lock-taking operations in one transaction keep every table locked until the last one is done; and a lock taken without lock_timeout queues every other query on the table behind it.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration) =>
        Find(migration, MigrationRuleContext.Default);

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration, MigrationRuleContext context)
    {
        if (migration.Provider == DatabaseProvider.Sqlite || migration.Up.IsEmpty)
        {
            return Enumerable.Empty<MigrationFinding>();
        }

        var transactions = MigrationTransactions.Of(migration);
        return LockSafetyChecks.ConcurrentInTransaction(migration, transactions)
            .Concat(LockSafetyChecks.DropIndexWithoutConcurrently(migration))
            .Concat(LockSafetyChecks.ColumnsThatRewriteTheTable(migration))
            .Concat(LockSafetyChecks.TooManyLocks(migration, transactions, context.Options.MaxLockingOperations))
            .Concat(context.Options.RequireLockTimeout ? LockSafetyChecks.LockWithoutTimeout(migration) : Enumerable.Empty<MigrationFinding>());
    }
}
