using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR216: a new required column gets a default nobody chose — the CLR default EF Core scaffolds (0, "", false,
/// Guid.Empty, DateTime.MinValue) without the model configuring it, or a placeholder ('' , the empty GUID,
/// 0001-01-01) written in FluentMigrator or SQL. Existing rows and the running version's inserts silently get a
/// value that looks like data. On SQL Server, EF Core making a nullable column NOT NULL with such a default also runs
/// an unbatched UPDATE of the NULL rows inside the migration's transaction (that alteration is this rule's, not
/// INTR206's).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ScaffoldedDefaultAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.ScaffoldedDefault,
        title: "Give a new required column a chosen default, not the CLR default",
        messageFormat: "Migration '{0}' {1}; {2}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "When a required property is added, EF Core scaffolds defaultValue: 0, \"\", false, Guid.Empty or DateTime.MinValue whether or not anybody chose it: every existing row, and every row the previous version of the app inserts during a rolling deploy, silently gets a value that looks like real data. On SQL Server, making a nullable column required with such a default also runs an unbatched UPDATE … WHERE c IS NULL inside the migration transaction. Configure a meaningful default in the model (HasDefaultValue/HasDefaultValueSql), or add the column nullable, backfill it, and make it required later.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration)
    {
        foreach (var operation in migration.Up)
        {
            if (RequiredColumnFacts.IsRequiredAddition(migration, operation) && RequiredColumnFacts.HasUnchosenDefault(migration, operation.NewColumn!))
            {
                yield return new MigrationFinding(operation.Location, migration.Name, Addition(migration, operation), Fix(migration));
            }
            else if (operation is { IsFromEmbeddedSql: false, Table: not null, Column: not null } && !migration.CreatesTable(operation.Table)
                && RequiredColumnFacts.HidesNullBackfill(migration, operation))
            {
                var value = operation.NewColumn!.Default!.Text;
                yield return new MigrationFinding(
                    operation.Location,
                    migration.Name,
                    $"makes column {operation.Table}.{operation.Column} NOT NULL with the CLR default {value} that EF Core scaffolds: on SQL Server EF Core first runs an unbatched UPDATE … SET {operation.Column} = {value} WHERE {operation.Column} IS NULL inside the migration transaction, turning every missing value into {value}, and the running version of the app fails when it writes NULL",
                    "backfill a meaningful value in batches in a migration of its own, and make the column NOT NULL in a later release");
            }
        }
    }

    private static string Addition(MigrationDefinition migration, SchemaOperation operation)
    {
        var value = operation.NewColumn!.Default!.Text;
        var origin = migration.Framework == MigrationFramework.EfCore
            ? "the CLR default EF Core scaffolds without anybody choosing it"
            : "a placeholder rather than a value";
        return $"adds required column {operation.Table}.{operation.Column} with default {value}, {origin}: every existing row, and every row the running version of the app inserts, silently gets {value} as if it were real data";
    }

    private static string Fix(MigrationDefinition migration) =>
        migration.Framework == MigrationFramework.EfCore
            ? "configure a meaningful default in the model (HasDefaultValue or HasDefaultValueSql), or add the column nullable, backfill it, and make it required in a later release"
            : "give it a meaningful default, or add it nullable, backfill it, and make it NOT NULL in a later release";
}
