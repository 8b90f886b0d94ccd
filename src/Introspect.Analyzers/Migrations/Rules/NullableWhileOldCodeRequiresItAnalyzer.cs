using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR215: a migration lets a column hold NULL while the running version's EF Core model maps it to a property
/// that cannot take one: a non-nullable value type (reading NULL into it throws) or a required reference. The
/// evidence is the target model of the migration before (or of the last shipped one); migrations without an EF Core
/// model (FluentMigrator, scripts) are not reported, since nothing says what the code reads the column into.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NullableWhileOldCodeRequiresItAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.NullableWhileOldCodeRequiresIt,
        title: "Do not allow NULL in a column the running version reads as required",
        messageFormat: "Migration '{0}' lets column {1}.{2} hold NULL while {3}: {4}; keep the column NOT NULL (with a default if the new code stops writing it) until no version that reads it as required runs, and allow NULL in a later release",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "Dropping NOT NULL looks harmless, but the previous version of the app keeps running during a rolling deploy and comes back on a rollback. As soon as the new version writes NULL, the old one reads those rows into a property that cannot hold it: EF Core throws materialising a NULL into a non-nullable value type, and a required reference property gets null where the code relies on a value. Keep the column NOT NULL until no version that maps it as required runs.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration) => Find(migration, MigrationRuleContext.Default);

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration, MigrationRuleContext context)
    {
        var operations = migration.Up.Where(operation => BecomesNullable(migration, operation)).ToList();
        if (operations.Count == 0 || context.Models?.RunningModel(migration, context.Options) is not { } running)
        {
            yield break;
        }

        foreach (var operation in operations)
        {
            var (entity, property) = running.Model.PropertiesMappedTo(operation.Table!, operation.Column!)
                .FirstOrDefault(use => use.Property.IsNonNullableValueType || use.Property.IsRequiredReference);
            if (property is null)
            {
                continue;
            }

            var mapping = $"the model of migration '{running.MigrationName}', which the running version uses, maps it to {entity.ShortName}.{property.Name} ({property.TypeName}{(property.IsNonNullableValueType ? string.Empty : ", required")})";
            var effect = property.IsNonNullableValueType
                ? "reading a row with NULL there throws in that version"
                : "that version reads null into a property it treats as always set";
            yield return new MigrationFinding(operation.Location, migration.Name, operation.Table!, operation.Column!, mapping, effect);
        }
    }

    /// <summary>NOT NULL dropped: EF Core's AlterColumn with nullable: true from a NOT NULL column, or SQL's DROP NOT NULL / NULL.</summary>
    private static bool BecomesNullable(MigrationDefinition migration, SchemaOperation operation) =>
        operation is { Kind: SchemaOperationKind.AlterColumn, Table: not null, Column: not null, NewColumn.IsNullable: true }
        && operation.OldColumn?.IsNullable != true
        && !migration.CreatesTable(operation.Table);
}
