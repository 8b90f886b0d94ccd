using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations;

/// <summary>
/// Which operations of a migration's Up run inside one database transaction. Locks taken inside a transaction are
/// held until it ends, PostgreSQL refuses CONCURRENTLY inside one, and a backfill in the transaction of a schema change
/// holds that change's locks for as long as it runs: the lock and backfill rules all ask this one question here.
/// </summary>
internal static class MigrationTransactions
{
    /// <summary>
    /// For each operation of Up: the transaction it runs in (operations with the same number share it), or null when
    /// it runs outside any.
    /// <list type="bullet">
    /// <item>EF Core runs a migration in a transaction, commits it before a command that suppresses it
    /// (<c>Sql(…, suppressTransaction: true)</c>, an index Npgsql creates concurrently), runs that command on its own, and
    /// begins a new one after.</item>
    /// <item>FluentMigrator runs a migration in one transaction unless it is marked TransactionBehavior.None.</item>
    /// <item>A script runs in one transaction unless its runner runs it without (DbUp's default and WithoutTransaction(),
    /// Evolve's marker comment); an explicit BEGIN … COMMIT in it is one transaction in any case.</item>
    /// </list>
    /// </summary>
    public static int?[] Of(MigrationDefinition migration)
    {
        var up = migration.Up;
        var transactions = new int?[up.Length];
        switch (migration.Framework)
        {
            case MigrationFramework.EfCore:
                var current = 0;
                var committed = false;
                for (var index = 0; index < up.Length; index++)
                {
                    if (up[index].SuppressesTransaction)
                    {
                        committed = true;
                        continue;
                    }

                    current += committed ? 1 : 0;
                    committed = false;
                    transactions[index] = current;
                }

                break;
            case MigrationFramework.FluentMigrator when !migration.SuppressesTransaction:
                for (var index = 0; index < up.Length; index++)
                {
                    transactions[index] = 0;
                }

                break;
            case MigrationFramework.SqlScript:
                int? whole = migration.SuppressesTransaction ? null : 0;
                int? block = null;
                var blocks = 0;
                for (var index = 0; index < up.Length; index++)
                {
                    if (up[index].Kind == SchemaOperationKind.TransactionControl)
                    {
                        block = up[index].OptionName == "BEGIN" ? ++blocks : null;
                        continue;
                    }

                    transactions[index] = block ?? whole;
                }

                break;
        }

        return transactions;
    }

    /// <summary>
    /// The operation was read from an SQL string (migrationBuilder.Sql, Execute.Sql) that holds other statements too.
    /// The framework sends the string as one command, which PostgreSQL runs as one implicit transaction (Npgsql sends
    /// the statements as one pipeline): CONCURRENTLY fails there even outside the migration's transaction.
    /// </summary>
    public static bool SharesItsCommand(MigrationDefinition migration, SchemaOperation operation)
    {
        if (!operation.IsFromEmbeddedSql)
        {
            return false;
        }

        var statements = 0;
        foreach (var other in migration.Up)
        {
            if (other.IsFromEmbeddedSql && other.Location == operation.Location)
            {
                statements++;
            }
        }

        return statements > 1;
    }
}
