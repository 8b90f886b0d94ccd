using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR202: a migration drops a table. The running version of the app may still read or write it, and the rows are
/// gone for good: a rollback brings back code that needs them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DropTableAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.DropTable,
        title: "Do not drop a table in the release that stops using it",
        messageFormat: "Migration '{0}' drops table {1} while the running version of the app may still use it, and its rows cannot come back on rollback; stop using the table in this release and drop it in a later one",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "During a rolling deploy the previous version of the app keeps running against the new schema, and a failed deploy is rolled back onto it. A table dropped in the release that stops using it breaks every query of the old version that touches it, and its rows are lost. Stop using the table first, ship that, and drop it in a later release (after a backup if the data matters).");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration) =>
        migration.Up
            .Where(operation => operation is { Kind: SchemaOperationKind.DropTable, IsFromEmbeddedSql: false, Table: not null })
            .Where(operation => !migration.CreatesTable(operation.Table))
            .Select(operation => new MigrationFinding(operation.Location, migration.Name, operation.Table!));
}
