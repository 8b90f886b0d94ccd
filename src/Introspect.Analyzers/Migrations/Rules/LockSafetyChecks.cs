using System.Collections.Immutable;
using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>The sub-checks of INTR219 (<see cref="LockSafetyAnalyzer"/>), one method and one message each.</summary>
internal static class LockSafetyChecks
{
    private static readonly ImmutableDictionary<string, string?> SuppressTransactionFix =
        ImmutableDictionary<string, string?>.Empty.Add(LockSafetyAnalyzer.FixProperty, LockSafetyAnalyzer.SuppressTransactionFix);

    /// <summary>
    /// CREATE/DROP INDEX CONCURRENTLY where PostgreSQL refuses it: inside the migration's transaction, or in an SQL
    /// string with other statements (one command, one implicit transaction). Npgsql's CreatedConcurrently index runs
    /// outside the transaction by itself. Statements from SQL strings are included: the raw SQL rule does not cover
    /// this failure.
    /// </summary>
    public static IEnumerable<MigrationFinding> ConcurrentInTransaction(MigrationDefinition migration, int?[] transactions)
    {
        for (var index = 0; index < migration.Up.Length; index++)
        {
            var operation = migration.Up[index];
            if (!LockFacts.IsPostgresConcurrentIndexWork(operation, migration.Provider))
            {
                continue;
            }

            var verb = operation.Kind == SchemaOperationKind.CreateIndex ? "creates" : "drops";
            var name = LockFacts.Named("index", operation.ObjectName ?? operation.Index?.Name);
            if (MigrationTransactions.SharesItsCommand(migration, operation))
            {
                yield return new MigrationFinding(
                    operation.Location,
                    migration.Name,
                    $"{verb} {name} CONCURRENTLY in one SQL string with other statements, which PostgreSQL runs as one implicit transaction and refuses, so the deploy fails",
                    migration.Framework == MigrationFramework.EfCore
                        ? "give the statement a migrationBuilder.Sql(…, suppressTransaction: true) call of its own"
                        : "give the statement an Execute.Sql call of its own in a migration marked TransactionBehavior.None");
            }
            else if (transactions[index] is not null)
            {
                yield return new MigrationFinding(
                    operation.Location,
                    migration.Name,
                    $"{verb} {name} CONCURRENTLY inside the migration's transaction, which PostgreSQL refuses, so the deploy fails",
                    migration.Framework switch
                    {
                        MigrationFramework.EfCore => "pass suppressTransaction: true to this migrationBuilder.Sql call",
                        MigrationFramework.FluentMigrator => "mark the migration [Migration(…, TransactionBehavior.None)] and keep the index its only change",
                        _ => "end the transaction (COMMIT) before the statement",
                    })
                {
                    Properties = IsSuppressTransactionFixHonest(migration, operation) ? SuppressTransactionFix : null,
                };
            }
        }
    }

    /// <summary>
    /// <c>suppressTransaction: true</c> keeps the migration's behaviour only when this one-statement Sql call is all the
    /// migration does: otherwise the commands before it commit on their own, and a failed build leaves them applied
    /// with the migration unrecorded. (The migration fails on every run as it is, so nothing else could depend on it.)
    /// </summary>
    private static bool IsSuppressTransactionFixHonest(MigrationDefinition migration, SchemaOperation operation) =>
        migration is { Framework: MigrationFramework.EfCore, Up.Length: 1 } && operation.IsFromEmbeddedSql && ReferenceEquals(migration.Up[0], operation);

    /// <summary>DROP INDEX without CONCURRENTLY on PostgreSQL: an ACCESS EXCLUSIVE lock on the index's table.</summary>
    public static IEnumerable<MigrationFinding> DropIndexWithoutConcurrently(MigrationDefinition migration)
    {
        if (migration.Provider != DatabaseProvider.PostgreSql)
        {
            yield break;
        }

        for (var index = 0; index < migration.Up.Length; index++)
        {
            var operation = migration.Up[index];

            // PostgreSQL's DROP INDEX does not name the table; an index this migration created is no concern.
            if (operation is not { Kind: SchemaOperationKind.DropIndex, IsConcurrent: false, IsFromEmbeddedSql: false }
                || (operation.Table is not null && migration.CreatesTable(operation.Table))
                || LockFacts.IsIndexCreatedBefore(migration, operation.ObjectName, index))
            {
                continue;
            }

            var table = operation.Table is null ? "its table" : operation.Table.ToString();
            yield return new MigrationFinding(
                operation.Location,
                migration.Name,
                $"drops {LockFacts.Named("index", operation.ObjectName)} without CONCURRENTLY, which takes an ACCESS EXCLUSIVE lock on {table} on PostgreSQL: the drop waits for every running query on it and every query after it waits for the drop",
                migration.Framework switch
                {
                    MigrationFramework.EfCore => "drop it with migrationBuilder.Sql(\"DROP INDEX CONCURRENTLY IF EXISTS …\", suppressTransaction: true) (Npgsql's DropIndex cannot drop concurrently)",
                    MigrationFramework.FluentMigrator => "drop it with Execute.Sql(\"DROP INDEX CONCURRENTLY IF EXISTS …\") in a migration marked TransactionBehavior.None",
                    _ => "write DROP INDEX CONCURRENTLY and run it outside a transaction",
                });
        }
    }

    /// <summary>
    /// A column added to an existing table whose value each row must get written: a per-row (volatile) default, a
    /// stored computed value, an identity or serial. PostgreSQL 11+ and SQL Server keep a constant default in the
    /// catalog; these they cannot. On SQL Server a nullable column keeps NULL in the existing rows despite its default.
    /// </summary>
    public static IEnumerable<MigrationFinding> ColumnsThatRewriteTheTable(MigrationDefinition migration)
    {
        foreach (var operation in migration.Up)
        {
            if (operation is not { Kind: SchemaOperationKind.AddColumn, IsFromEmbeddedSql: false, NewColumn: { } column }
                || !LockFacts.IsOnExistingTable(migration, operation)
                || Rewrite(column, migration.Provider) is not { } rewrite)
            {
                continue;
            }

            var consequence = migration.Provider switch
            {
                DatabaseProvider.PostgreSql => "which rewrites every row under an ACCESS EXCLUSIVE lock on PostgreSQL",
                DatabaseProvider.SqlServer => "which updates every row while SQL Server holds a schema-modification lock on the table",
                DatabaseProvider.MySql => "which MySQL cannot add instantly: it rebuilds the whole table",
                _ => "which rewrites every row while the table is locked (PostgreSQL, SQL Server, MySQL)",
            };
            yield return new MigrationFinding(
                operation.Location,
                migration.Name,
                $"adds {rewrite.What} {operation.Table}.{operation.Column ?? column.Name} to an existing table, {consequence}",
                rewrite.Fix);
        }
    }

    private static (string What, string Fix)? Rewrite(ColumnDefinition column, DatabaseProvider provider)
    {
        if (column.IsStoredComputed)
        {
            return ("stored computed column", "add a plain nullable column, fill it in batches and keep it current from the code or a trigger, or compute the value in queries");
        }

        if (column.IsIdentity || provider is DatabaseProvider.PostgreSql or DatabaseProvider.Unknown && IsSerial(column.StoreType))
        {
            return ("identity column", "add a nullable column, fill it in batches from a sequence, then attach the sequence as its default");
        }

        // SQL Server leaves NULL in the existing rows of a nullable column (unless WITH VALUES), so nothing is written.
        if (column.Default is { IsVolatile: true } volatileDefault && !(provider == DatabaseProvider.SqlServer && column.IsNullable != false))
        {
            return ($"column with a per-row default ({volatileDefault.Text})", "add the column without the default, backfill it in batches, then set the default for new rows");
        }

        return null;
    }

    private static bool IsSerial(string? storeType) =>
        storeType?.Trim().ToLowerInvariant() is "serial" or "bigserial" or "smallserial" or "serial2" or "serial4" or "serial8";

    /// <summary>
    /// More than <paramref name="limit"/> lock-taking operations on existing tables in one transaction: each lock is
    /// held until the commit, so the first tables stay locked while the later statements wait for theirs. MySQL
    /// commits after every DDL statement, so its locks do not add up.
    /// </summary>
    public static IEnumerable<MigrationFinding> TooManyLocks(MigrationDefinition migration, int?[] transactions, int limit)
    {
        if (limit <= 0 || migration.Provider == DatabaseProvider.MySql)
        {
            yield break;
        }

        foreach (var group in migration.Up
            .Select((operation, index) => (Operation: operation, Transaction: transactions[index]))
            .Where(entry => entry.Transaction is not null && LockFacts.TakesTableLock(entry.Operation) && LockFacts.IsOnExistingTable(migration, entry.Operation))
            .GroupBy(entry => entry.Transaction))
        {
            var count = group.Count();
            if (count <= limit)
            {
                continue;
            }

            var tables = group.Select(entry => entry.Operation.Table!).Distinct().ToList();
            var named = string.Join(", ", tables.Take(3)) + (tables.Count > 3 ? ", …" : string.Empty);
            yield return new MigrationFinding(
                migration.Location,
                migration.Name,
                $"takes {count} table locks in one transaction (on {named}) and holds each until the commit, so the first tables stay locked while the later statements run and wait for their own locks",
                $"split it into smaller migrations (at most {limit} lock-taking operations each, see introspect.migrations.max_locking_operations)");
            yield break;
        }
    }

    /// <summary>
    /// A PostgreSQL table lock requested without lock_timeout (or statement_timeout) set before it: while it waits
    /// behind a long-running query, every later query on the table queues behind it. Reported once per migration,
    /// at the first such operation; SET statements in SQL strings count.
    /// </summary>
    public static IEnumerable<MigrationFinding> LockWithoutTimeout(MigrationDefinition migration)
    {
        if (migration.Provider != DatabaseProvider.PostgreSql)
        {
            yield break;
        }

        foreach (var operation in migration.Up)
        {
            if (operation is { Kind: SchemaOperationKind.SetOption, OptionName: "lock_timeout" or "statement_timeout" } && !IsZero(operation.OptionValue))
            {
                yield break;
            }

            if (LockFacts.TakesTableLock(operation) && LockFacts.IsOnExistingTable(migration, operation))
            {
                yield return new MigrationFinding(
                    operation.Location,
                    migration.Name,
                    $"locks existing table {operation.Table} without setting lock_timeout first, so while the lock waits behind a long-running query every other query on the table queues behind it",
                    migration.Framework switch
                    {
                        MigrationFramework.EfCore => "start Up with migrationBuilder.Sql(\"SET lock_timeout = '5s';\") and retry the deploy when it times out",
                        MigrationFramework.FluentMigrator => "start Up with Execute.Sql(\"SET lock_timeout = '5s';\") and retry the deploy when it times out",
                        _ => "start the script with SET lock_timeout = '5s'; and retry the deploy when it times out",
                    });
                yield break;
            }
        }
    }

    private static bool IsZero(string? value) => value is not null && value.Trim().Trim('\'', '"').Trim() == "0";
}
