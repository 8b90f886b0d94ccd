using Introspect.Analyzers.Migrations.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR207: a migration adds a NOT NULL column without a default to an existing table. The migration fails on a
/// table with rows (PostgreSQL, SQL Server, SQLite) or fills it with implicit values (MySQL), and the running
/// version, which does not know the column, can no longer insert. Identity, computed and rowversion columns fill
/// themselves; a default nobody chose is INTR216's.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AddNotNullColumnAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.AddNotNullColumn,
        title: "Do not add a NOT NULL column without a default",
        messageFormat: "Migration '{0}' adds NOT NULL column {1}.{2} without a default: {3}, and inserts by the running version of the app, which does not know the column, fail; add it nullable (or with a meaningful default), backfill it, and make it NOT NULL in a later release",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "A NOT NULL column without a default cannot be added to a table that has rows on PostgreSQL, SQL Server or SQLite (MySQL fills it with implicit zero values), and once it exists every insert of the previous version of the app, still running during a rolling deploy and unaware of the column, fails. Add the column nullable or with a meaningful default, backfill it, and make it NOT NULL in a later release.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration) =>
        migration.Up
            .Where(operation => RequiredColumnFacts.IsRequiredAddition(migration, operation) && operation.NewColumn!.Default is null)
            .Select(operation => new MigrationFinding(
                operation.Location,
                migration.Name,
                operation.Table!,
                operation.Column!,
                ColumnChangeNotes.AddNotNullWithoutDefault(migration.Provider)));
}
