using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR212: a migration changes the schema but offers no way back: Down is missing, empty or throws, or Up deletes
/// rows for good. A failed deploy then cannot be rolled back.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RollbackBlockedAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.RollbackBlocked,
        title: "Keep a migration reversible",
        messageFormat: "Migration '{0}' {1}, so a failed deploy cannot be rolled back; {2}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "A deploy that fails after its migration ran is rolled back by running Down. A Down that is missing, empty or throws while Up changed the schema leaves the old version of the app on a schema it does not know; rows deleted by Up cannot be restored by any Down. Write the Down, and keep data until the contract release.");

    private static readonly SchemaOperationKind[] NonSchemaKinds =
        [SchemaOperationKind.ModifyData, SchemaOperationKind.TruncateTable, SchemaOperationKind.SetOption, SchemaOperationKind.UnrecognisedSql];

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration)
    {
        var changesSchema = migration.Up.Any(operation => !NonSchemaKinds.Contains(operation.Kind));
        var problem = migration.Rollback switch
        {
            RollbackState.Missing => "changes the schema and has no Down",
            RollbackState.Empty => "changes the schema and its Down does nothing",
            RollbackState.Throws => "changes the schema and its Down throws",
            _ => null,
        };

        if (changesSchema && problem is not null)
        {
            yield return new MigrationFinding(migration.Location, migration.Name, problem, "write a Down that undoes Up");
        }

        foreach (var deletion in migration.Up)
        {
            if (IsIrreversibleDeletion(deletion, migration))
            {
                yield return new MigrationFinding(deletion.Location, migration.Name, "deletes rows that no Down can bring back", "keep the rows (or archive them) until the release after next");
            }
        }
    }

    /// <summary>
    /// Every row deleted through the framework's API (FluentMigrator's <c>Delete.FromTable(…).AllRows()</c>). The same
    /// deletion written in SQL, in a string or a script, is INTR211's: one finding per statement.
    /// </summary>
    private static bool IsIrreversibleDeletion(SchemaOperation operation, MigrationDefinition migration) =>
        !operation.IsFromEmbeddedSql
        && migration.Framework != MigrationFramework.SqlScript
        && (operation.Kind == SchemaOperationKind.TruncateTable
            || (operation.Kind == SchemaOperationKind.ModifyData && operation.DataChange == DataChangeKind.Delete && operation.HasWhereClause == false));
}
