using System.Collections.Immutable;

namespace Introspect.Comparison.MigrationLinters;

/// <summary>
/// One hazard and, for each tool, the checks that report it: rule names or ids as the tools spell them, "—" when none
/// of the checks read covers it, or "not verified". The Introspect ids are the rules that report it (or will).
/// </summary>
public sealed record MigrationHazardRow(
    string Hazard,
    ImmutableArray<string> IntrospectIds,
    string StrongMigrations,
    string Squawk,
    string DjangoMigrationLinter,
    string AtlasLint,
    string MigrationLint,
    string GranitAnalyzers,
    string SqlMigrationLint)
{
    /// <summary>The tool cells in the order of <see cref="MigrationLinterChecks.Tools"/>.</summary>
    public ImmutableArray<string> ToolCells =>
        [StrongMigrations, Squawk, DjangoMigrationLinter, AtlasLint, MigrationLint, GranitAnalyzers, SqlMigrationLint];
}
