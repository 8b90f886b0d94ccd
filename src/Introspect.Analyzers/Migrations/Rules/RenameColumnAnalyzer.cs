using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR203: a migration renames a column of an existing table. The running version of the app still uses the old
/// name, so its queries fail from the moment the migration runs until the deploy finishes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RenameColumnAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.RenameColumn,
        title: "Do not rename a column that running code uses",
        messageFormat: "Migration '{0}' renames column {1}.{2} to {3} while the running version of the app still uses the old name; add the new column, write to both, backfill, switch reads, and drop the old column in a later release",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "A rename is a drop and an add in one step: the previous version of the app, still running during a rolling deploy, keeps querying the old name and fails. Expand and contract instead: add the column under the new name, write both, backfill, switch reads to the new one, and drop the old one once no running code uses it.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration) =>
        migration.Up
            .Where(operation => operation is { Kind: SchemaOperationKind.RenameColumn, IsFromEmbeddedSql: false, Table: not null, Column: not null, NewName: not null })
            .Where(operation => !migration.CreatesTable(operation.Table))
            .Where(operation => !RenameFacts.IsNoOp(operation.Column, operation.NewName))
            .Select(operation => new MigrationFinding(operation.Location, migration.Name, operation.Table!, operation.Column!, operation.NewName!));
}
