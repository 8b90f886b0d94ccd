using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR204: a migration renames a table. The running version of the app still uses the old name.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RenameTableAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.RenameTable,
        title: "Do not rename a table that running code uses",
        messageFormat: "Migration '{0}' renames table {1} to {2} while the running version of the app still uses the old name; create the new table (or a view with the old name) for the transition and drop the old name in a later release",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "The previous version of the app, still running during a rolling deploy, queries the table by its old name and fails once it is renamed. Keep the old name reachable during the transition: rename and create a view with the old name (simple tables), or create the new table and copy, and remove the old name once no running code uses it.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration) =>
        migration.Up
            .Where(operation => operation is { Kind: SchemaOperationKind.RenameTable, IsFromEmbeddedSql: false, Table: not null, NewName: not null })
            .Where(operation => !migration.CreatesTable(operation.Table))
            .Where(operation => !RenameFacts.IsNoOp(operation.Table!.Name, operation.NewName))
            .Select(operation => new MigrationFinding(operation.Location, migration.Name, operation.Table!, operation.NewName!));
}
