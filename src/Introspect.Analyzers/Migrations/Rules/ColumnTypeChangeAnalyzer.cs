using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR205: a migration narrows a column's type (shorter string, smaller integer, fewer digits) or converts it to
/// another kind of value. Writes of the running version fail or truncate, and the change rewrites or checks the
/// whole table under a lock. The column as it was comes from EF Core's old* arguments, or else from the earlier
/// migrations (<see cref="SchemaHistory"/>); when neither tells, only a bare type change (PostgreSQL's
/// <c>ALTER COLUMN … TYPE</c>) to a bounded type is reported, as "cannot tell".
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ColumnTypeChangeAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.ChangeColumnType,
        title: "Do not narrow or convert a column's type in place",
        messageFormat: "Migration '{0}' changes column {1}.{2} {3}: writes of the running version of the app may fail or be truncated, and {4}; add a new column with the new type, backfill it in batches, switch the code to it, and drop the old column in a later release",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "Narrowing a column (a shorter varchar, a smaller integer, fewer digits) or converting it to another kind of value (string to int, text to jsonb, timestamp to timestamptz) fails on existing rows that do not fit, makes the running version's writes fail or truncate, and rewrites or checks the whole table under a lock. Widening (a longer varchar, int to bigint, varchar to text) is not reported. Add a new column with the new type, backfill it, switch reads and writes, and drop the old one later.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration) => Find(migration, MigrationRuleContext.Default);

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration, MigrationRuleContext context)
    {
        foreach (var operation in migration.Up)
        {
            if (operation is not { Kind: SchemaOperationKind.AlterColumn, IsFromEmbeddedSql: false, Table: not null, Column: not null, NewColumn: { } column }
                || migration.CreatesTable(operation.Table)
                || ColumnType.Of(column, migration.Provider) is not { } newType)
            {
                continue;
            }

            if (Change(migration, operation, context.History, newType) is { } change)
            {
                yield return new MigrationFinding(operation.Location, migration.Name, operation.Table, operation.Column, change, ColumnChangeNotes.TypeChangeCost(migration.Provider));
            }
        }
    }

    /// <summary>How the type changes, for the message; null when it does not narrow or convert.</summary>
    private static string? Change(MigrationDefinition migration, SchemaOperation operation, SchemaHistory history, ColumnType newType)
    {
        var before = operation.OldColumn is { } stated && ColumnReplay.StatesType(stated) ? stated : history.ColumnBefore(migration, operation);
        if (before is null || ColumnType.Of(before, migration.Provider) is not { } oldType)
        {
            // FluentMigrator's Alter.Column and T-SQL's ALTER COLUMN restate the whole column, mostly to change its
            // nullability: only a statement that changes nothing but the type says that the type changes.
            return operation.NewColumn!.IsNullable is null && newType.IsBounded
                ? $"to {newType.Text}, and its earlier type is not in the migrations, so check that this does not narrow it"
                : null;
        }

        var (kind, why) = TypeChange.Compare(oldType, newType, before.ClrType, operation.NewColumn!.ClrType);
        return kind is TypeChangeKind.Narrowing or TypeChangeKind.Conversion
            ? $"from {oldType.Text} to {newType.Text}, which is {why}"
            : null;
    }
}
