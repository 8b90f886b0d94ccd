using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR214: a migration drops or renames a table or column that code still uses, named: an EF Core entity or
/// property the running version's model still maps to it (the target model of the migration before, or of the last
/// shipped one), or an SQL query in the compilation's code (Dapper, ADO.NET, FromSqlRaw) that reads or writes the
/// table and names the column. INTR201–INTR204 say the running version may use it; this rule says who does.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DroppedWhileCodeUsesItAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.DroppedWhileCodeUsesIt,
        title: "Do not drop or rename what the code still uses",
        messageFormat: "Migration '{0}' {1} while code still uses it: {2}; {3}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "A table or column dropped or renamed in the release that also stops using it breaks the previous version of the app, which keeps running during a rolling deploy and comes back on a rollback. This rule names the code: an EF Core entity or property the previous release's model still maps to it (EF Core selects every mapped column, so every query of that entity fails), or an SQL query in the code that uses it. Stop using it in one release and drop or rename it in the next.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration) => Find(migration, MigrationRuleContext.Default);

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration, MigrationRuleContext context)
    {
        var operations = migration.Up.Where(operation => IsRemoval(migration, operation)).ToList();
        if (operations.Count == 0)
        {
            yield break;
        }

        var running = context.Models?.RunningModel(migration, context.Options);
        foreach (var operation in operations)
        {
            var uses = new List<string>();
            if (running is { } model)
            {
                uses.AddRange(ModelUses(operation, model.Model, model.MigrationName));
            }

            if (context.CodeSql is { } sql)
            {
                uses.AddRange(sql.Using(operation.Table!, IsColumnOperation(operation) ? operation.Column : null).Take(3).Select(query => query.Describe()));
            }

            if (uses.Count > 0)
            {
                yield return new MigrationFinding(operation.Location, migration.Name, Change(operation), string.Join("; ", uses), Fix(operation));
            }
        }
    }

    private static bool IsRemoval(MigrationDefinition migration, SchemaOperation operation) =>
        operation.Table is not null
        && !migration.CreatesTable(operation.Table)
        && operation.Kind switch
        {
            SchemaOperationKind.DropTable => true,
            SchemaOperationKind.RenameTable => !RenameFacts.IsNoOp(operation.Table.Name, operation.NewName),
            SchemaOperationKind.DropColumn => operation.Column is not null,
            SchemaOperationKind.RenameColumn => operation.Column is not null && !RenameFacts.IsNoOp(operation.Column, operation.NewName),
            _ => false,
        };

    private static bool IsColumnOperation(SchemaOperation operation) => operation.Kind is SchemaOperationKind.DropColumn or SchemaOperationKind.RenameColumn;

    private static IEnumerable<string> ModelUses(SchemaOperation operation, EfCore.Model.EfModel model, string migrationName)
    {
        var where = $"in the model of migration '{migrationName}', which the running version uses";
        return IsColumnOperation(operation)
            ? model.PropertiesMappedTo(operation.Table!, operation.Column!).Select(use => $"property {use.Entity.ShortName}.{use.Property.Name} is still mapped to it {where}")
            : model.EntitiesMappedTo(operation.Table!).Select(entity => $"entity {entity.ShortName} is still mapped to it {where}");
    }

    private static string Change(SchemaOperation operation) => operation.Kind switch
    {
        SchemaOperationKind.DropTable => $"drops table {operation.Table}",
        SchemaOperationKind.RenameTable => $"renames table {operation.Table} to {operation.NewName}",
        SchemaOperationKind.DropColumn => $"drops column {operation.Table}.{operation.Column}",
        _ => $"renames column {operation.Table}.{operation.Column} to {operation.NewName}",
    };

    private static string Fix(SchemaOperation operation) =>
        operation.Kind is SchemaOperationKind.DropTable or SchemaOperationKind.DropColumn
            ? "remove those uses in this release and drop it in the next one, once no instance of this release runs"
            : "add the new name next to the old one, move those uses over in this release, and remove the old name in the next one";
}
