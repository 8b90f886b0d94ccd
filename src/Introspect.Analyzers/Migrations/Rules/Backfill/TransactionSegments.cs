using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules.Backfill;

/// <summary>
/// Which operations of Up run in the same transaction: one number per operation, equal numbers share a transaction,
/// and <see cref="OnItsOwn"/> marks an operation that commits by itself.
/// <list type="bullet">
/// <item>EF Core wraps each migration in a transaction, but a <c>Sql(…, suppressTransaction: true)</c> (and, on Npgsql, an
/// index created or dropped concurrently) commits it first and runs on its own; the operations after it start a new
/// transaction.</item>
/// <item>FluentMigrator runs a migration in one transaction unless it is declared with TransactionBehavior.None.</item>
/// <item>A script runs in one transaction unless it runs without (Evolve's marker, DbUp's default); an explicit
/// BEGIN … COMMIT in it is one transaction in any case.</item>
/// </list>
/// </summary>
internal static class TransactionSegments
{
    public const int OnItsOwn = -1;

    public static int[] Of(MigrationDefinition migration) => migration.Framework switch
    {
        MigrationFramework.EfCore => EfCore(migration.Up, migration.Provider),
        MigrationFramework.SqlScript => Script(migration.Up, migration.SuppressesTransaction),
        _ => Enumerable.Repeat(migration.SuppressesTransaction ? OnItsOwn : 0, migration.Up.Length).ToArray(),
    };

    private static int[] EfCore(IReadOnlyList<SchemaOperation> operations, DatabaseProvider provider)
    {
        var segments = new int[operations.Count];
        var current = 0;
        var committed = false;
        for (var index = 0; index < operations.Count; index++)
        {
            if (operations[index].SuppressesTransaction || provider == DatabaseProvider.PostgreSql && IsConcurrentIndexWork(operations[index]))
            {
                segments[index] = OnItsOwn;
                committed = true;
                continue;
            }

            if (committed)
            {
                current++;
                committed = false;
            }

            segments[index] = current;
        }

        return segments;
    }

    /// <summary>Npgsql runs an index created or dropped concurrently as a command of its own, outside the transaction (PostgreSQL requires it).</summary>
    private static bool IsConcurrentIndexWork(SchemaOperation operation) =>
        operation.Kind is SchemaOperationKind.CreateIndex or SchemaOperationKind.DropIndex
        && !operation.IsFromEmbeddedSql
        && (operation.IsConcurrent || operation.Index?.IsConcurrent == true);

    private static int[] Script(IReadOnlyList<SchemaOperation> operations, bool runsWithoutTransaction)
    {
        var segments = new int[operations.Count];
        var whole = runsWithoutTransaction ? OnItsOwn : 0;
        int? explicitBlock = null;
        var blocks = 0;
        for (var index = 0; index < operations.Count; index++)
        {
            var operation = operations[index];
            if (operation.Kind == SchemaOperationKind.TransactionControl)
            {
                explicitBlock = operation.OptionName == "BEGIN" ? ++blocks : null;
                segments[index] = OnItsOwn;
                continue;
            }

            segments[index] = explicitBlock ?? whole;
        }

        return segments;
    }
}
