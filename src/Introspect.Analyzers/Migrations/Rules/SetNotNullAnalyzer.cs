using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR206: a migration makes a nullable column of an existing table NOT NULL. The running version may still write
/// NULL there, and the database checks every row under a lock. Whether the column was nullable comes from EF Core's
/// oldNullable, or else from the earlier migrations; a bare <c>SET NOT NULL</c> says it by itself, while a restated
/// column (FluentMigrator's Alter.Column, T-SQL's ALTER COLUMN) is reported only when the history shows it was
/// nullable. EF Core on SQL Server with a scaffolded CLR default is left to INTR216.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SetNotNullAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.SetNotNull,
        title: "Do not make an existing column NOT NULL in one step",
        messageFormat: "Migration '{0}' makes column {1}.{2} NOT NULL while the running version of the app may still write NULL there and fail, and {3}; {4}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "Making a nullable column NOT NULL breaks the previous version of the app, still running during a rolling deploy, as soon as it inserts or updates a row with NULL there, fails the migration if any row still holds NULL, and checks every row under a lock. Backfill first, stop writing NULL, and tighten the column in a later release; on PostgreSQL add a CHECK (c IS NOT NULL) NOT VALID constraint, validate it, and then SET NOT NULL, which skips the scan on PostgreSQL 12+.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration) => Find(migration, MigrationRuleContext.Default);

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration, MigrationRuleContext context) =>
        migration.Up
            .Where(operation => operation is { Kind: SchemaOperationKind.AlterColumn, IsFromEmbeddedSql: false, Table: not null, Column: not null, NewColumn.IsNullable: false })
            .Where(operation => !migration.CreatesTable(operation.Table) && !RequiredColumnFacts.HidesNullBackfill(migration, operation))
            .Where(operation => BecomesNotNull(migration, operation, context.History))
            .Select(operation => new MigrationFinding(
                operation.Location,
                migration.Name,
                operation.Table!,
                operation.Column!,
                ColumnChangeNotes.NotNullCost(migration.Provider),
                ColumnChangeNotes.NotNullSteps(migration.Provider, operation.Column!)));

    private static bool BecomesNotNull(MigrationDefinition migration, SchemaOperation operation, SchemaHistory history)
    {
        // EF Core states the old column (oldNullable defaults to false, as EF Core itself reads it).
        if (operation.OldColumn is { } stated && ColumnReplay.StatesType(stated))
        {
            return stated.IsNullable == true;
        }

        var wasNullable = history.ColumnBefore(migration, operation)?.IsNullable;

        // SET NOT NULL says only that; a restated column says NOT NULL whether or not it changes.
        return ColumnReplay.StatesType(operation.NewColumn!) ? wasNullable == true : wasNullable != false;
    }
}
