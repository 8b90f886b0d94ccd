using Introspect.Analyzers.Migrations.Model;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// Which operations of a migration's Up run inside one database transaction. Locks taken inside a transaction are
/// held until it ends, and PostgreSQL refuses CONCURRENTLY inside one, so the lock rules need to know.
/// </summary>
internal static class MigrationTransactions
{
    /// <summary>
    /// For each operation of Up: the transaction it runs in (operations with the same number share it), or null when
    /// it runs outside any, or when nothing says it runs inside one.
    /// <list type="bullet">
    /// <item>EF Core runs a migration in a transaction, commits it before a command that suppresses it and begins a
    /// new one after.</item>
    /// <item>FluentMigrator runs a migration in one transaction unless it is marked TransactionBehavior.None.</item>
    /// <item>A script: only what stands between its own BEGIN and COMMIT is known to share a transaction; whether the
    /// runner wraps the whole script is the runner's setting (DbUp's WithTransaction(), Evolve's default), which the
    /// script does not show.</item>
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
                var open = false;
                for (var index = 0; index < up.Length; index++)
                {
                    if (up[index].SuppressesTransaction)
                    {
                        current += open ? 1 : 0;
                        open = false;
                    }
                    else
                    {
                        transactions[index] = current;
                        open = true;
                    }
                }

                break;
            case MigrationFramework.FluentMigrator when !migration.SuppressesTransaction:
                for (var index = 0; index < up.Length; index++)
                {
                    transactions[index] = 0;
                }

                break;
            case MigrationFramework.SqlScript when !migration.SuppressesTransaction:
                int? block = null;
                var next = 0;
                for (var index = 0; index < up.Length; index++)
                {
                    if (up[index].Kind == SchemaOperationKind.TransactionControl)
                    {
                        block = up[index].OptionName == "BEGIN" ? next++ : null;
                        continue;
                    }

                    transactions[index] = block;
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
