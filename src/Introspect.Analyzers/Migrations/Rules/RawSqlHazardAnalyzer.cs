using Introspect.Analyzers.Migrations.Model;
using Introspect.Analyzers.Migrations.Rules.RawSql;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Migrations.Rules;

/// <summary>
/// INTR211: destructive or lock-taking SQL in a migration. In the strings of <c>migrationBuilder.Sql(…)</c> and
/// <c>Execute.Sql(…)</c> every hazard of the schema rules is reported here (those rules leave embedded SQL alone);
/// in plain .sql scripts, the hazards no specific rule covers: UPDATE or DELETE of every row, TRUNCATE and DROP VIEW.
/// SQL that cannot be read says nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RawSqlHazardAnalyzer : MigrationRuleAnalyzer
{
    internal static readonly DiagnosticDescriptor Descriptor = RuleDescriptors.Create(
        DiagnosticIds.RawSqlHazard,
        title: "Do not hide destructive or lock-taking changes in raw SQL",
        messageFormat: "Raw SQL in migration '{0}' {1}: {2}; {3}",
        RuleCategories.Migrations,
        DiagnosticSeverity.Warning,
        description: "SQL strings in a migration and plain migration scripts make the same changes as the framework's API, but no scaffolding warning or review of MigrationBuilder calls sees them. A DROP, a rename, a type change, SET NOT NULL, an index built without CONCURRENTLY/ONLINE, a constraint checked against every row, an UPDATE or DELETE of every row, or a TRUNCATE breaks the running version of the app, loses data or blocks the table. Do it the way the matching rule describes: expand and contract over two releases, concurrent/online builds, NOT VALID constraints, batched backfills.");

    protected override DiagnosticDescriptor Rule => Descriptor;

    internal override IEnumerable<MigrationFinding> Find(MigrationDefinition migration)
    {
        for (var index = 0; index < migration.Up.Length; index++)
        {
            if (RawSqlHazards.Of(migration.Up[index], migration, index) is { } hazard)
            {
                yield return new MigrationFinding(migration.Up[index].Location, migration.Name, hazard.What, hazard.Why, hazard.Fix);
            }
        }
    }
}
