using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR209: a migration adds a foreign key or a check constraint to a table that already has rows and checks every
/// row while it holds the table lock. The safe form adds the constraint without the check (NOT VALID, WITH NOCHECK)
/// and validates it in a later migration; validating it in the same transaction gains nothing, and is reported too.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstraintValidationAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.ConstraintValidatedUnderLock,
        title: "Validate new foreign keys and checks on existing tables separately",
        messageFormat: "Migration '{0}' {1}; {2}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "Adding a foreign key or a check constraint to a table that already has rows checks every row while the table is locked: on PostgreSQL a foreign key blocks writes to both tables and a check blocks reads and writes until the scan ends. Rows written by the previous version of the app, still running, must satisfy it too. Add the constraint without checking the existing rows (NOT VALID on PostgreSQL, WITH NOCHECK on SQL Server) and validate it in a later migration, which only takes a lock that lets reads and writes go on.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration)
    {
        // SQLite cannot add a constraint to a table (EF Core rebuilds the table); MySQL has no form that skips the check.
        if (migration.Provider == DatabaseProvider.Sqlite)
        {
            yield break;
        }

        for (var index = 0; index < migration.Up.Length; index++)
        {
            var operation = migration.Up[index];
            if (operation is { Kind: SchemaOperationKind.AddForeignKey or SchemaOperationKind.AddCheckConstraint, IsFromEmbeddedSql: false, ValidatesExistingRows: not false }
                && LockFacts.IsOnExistingTable(migration, operation))
            {
                yield return Validated(migration, operation);
            }
        }

        foreach (var finding in ValidatedInTheSameTransaction(migration))
        {
            yield return finding;
        }
    }

    private static MigrationFinding Validated(MigrationDefinition migration, SchemaOperation operation)
    {
        var foreignKey = operation.Kind == SchemaOperationKind.AddForeignKey;
        var what = LockFacts.Named(foreignKey ? "foreign key" : "check constraint", operation.ObjectName);
        var how = migration.Provider switch
        {
            DatabaseProvider.PostgreSql when foreignKey => "while holding a SHARE ROW EXCLUSIVE lock on it and on the referenced table (writes to both wait)",
            DatabaseProvider.PostgreSql => "while holding an ACCESS EXCLUSIVE lock (reads and writes wait)",
            DatabaseProvider.SqlServer => "while SQL Server keeps the table locked",
            DatabaseProvider.MySql when foreignKey => "while MySQL copies the whole table (foreign_key_checks is on)",
            DatabaseProvider.MySql => "while MySQL copies the whole table",
            _ => "while the table is locked (PostgreSQL, SQL Server)",
        };
        return new MigrationFinding(
            operation.Location,
            migration.Name,
            $"adds {what} to existing table {operation.Table} and checks every existing row {how}, and rows the running version writes must already satisfy it",
            Fix(migration));
    }

    private static string Fix(MigrationDefinition migration) => migration.Provider switch
    {
        DatabaseProvider.PostgreSql => migration.Framework switch
        {
            MigrationFramework.EfCore => "EF Core cannot say NOT VALID: add it with migrationBuilder.Sql(\"ALTER TABLE … ADD CONSTRAINT … NOT VALID\") and run ALTER TABLE … VALIDATE CONSTRAINT in a later migration",
            MigrationFramework.FluentMigrator => "add it with Execute.Sql(\"ALTER TABLE … ADD CONSTRAINT … NOT VALID\") and run ALTER TABLE … VALIDATE CONSTRAINT in a later migration",
            _ => "add it NOT VALID and run ALTER TABLE … VALIDATE CONSTRAINT in a later migration",
        },
        DatabaseProvider.SqlServer => migration.Framework == MigrationFramework.SqlScript
            ? "add it WITH NOCHECK and run ALTER TABLE … WITH CHECK CHECK CONSTRAINT in a later migration at a quiet time"
            : "add it with ALTER TABLE … WITH NOCHECK ADD CONSTRAINT in raw SQL and run WITH CHECK CHECK CONSTRAINT in a later migration at a quiet time",
        DatabaseProvider.MySql => "check the existing rows first and add it in a maintenance window or with an online schema-change tool",
        _ => "add it without checking the existing rows (NOT VALID on PostgreSQL, WITH NOCHECK on SQL Server) and validate it in a later migration",
    };

    /// <summary>
    /// NOT VALID (or WITH NOCHECK) and VALIDATE in one transaction: the lock ADD CONSTRAINT took is still held while
    /// VALIDATE scans the rows, so nothing was gained. MySQL commits every DDL statement, so it is not reported there.
    /// </summary>
    private static IEnumerable<MigrationFinding> ValidatedInTheSameTransaction(MigrationDefinition migration)
    {
        if (migration.Provider == DatabaseProvider.MySql)
        {
            yield break;
        }

        var transactions = MigrationTransactions.Of(migration);
        for (var index = 0; index < migration.Up.Length; index++)
        {
            var validate = migration.Up[index];
            if (validate.Kind != SchemaOperationKind.ValidateConstraint || validate.ObjectName is null || transactions[index] is not { } transaction)
            {
                continue;
            }

            for (var earlier = 0; earlier < index; earlier++)
            {
                var added = migration.Up[earlier];
                if (added is { Kind: SchemaOperationKind.AddForeignKey or SchemaOperationKind.AddCheckConstraint, ValidatesExistingRows: false }
                    && transactions[earlier] == transaction
                    && string.Equals(added.ObjectName, validate.ObjectName, StringComparison.OrdinalIgnoreCase))
                {
                    yield return new MigrationFinding(
                        validate.Location,
                        migration.Name,
                        $"validates constraint {validate.ObjectName} in the same transaction that added it without checking, so the check of every row still runs under the lock ADD CONSTRAINT took",
                        "validate it in a later migration");
                    break;
                }
            }
        }
    }
}
