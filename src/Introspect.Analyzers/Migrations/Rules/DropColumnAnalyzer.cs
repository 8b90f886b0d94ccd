using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR201: a migration drops a column of an existing table. During a rolling deploy the previous version of the
/// app is still running and still reads and writes that column, so its queries fail as soon as the migration runs,
/// and a rollback cannot bring the data back.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DropColumnAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.DropColumn,
        title: "Do not drop a column in the release that stops using it",
        messageFormat: "Migration '{0}' drops column {1}.{2} while the running version of the app may still use it; stop using the column in this release and drop it in a later one",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "During a rolling or zero-downtime deploy the previous version of the app keeps running against the new schema. If the column is dropped in the same release that stops using it, every query of the old version that names the column fails, and rolling back cannot restore its data. Remove the column from the code (and the EF model) first, ship that, and drop the column in a later release.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration) =>
        migration.Up
            .Where(operation => operation is { Kind: SchemaOperationKind.DropColumn, IsFromEmbeddedSql: false, Table: not null, Column: not null })
            .Where(operation => !migration.CreatesTable(operation.Table))
            .Select(operation => new MigrationFinding(operation.Location, migration.Name, operation.Table!, operation.Column!));
}
