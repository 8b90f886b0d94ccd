using System.Text.RegularExpressions;
using Introspect.Comparison.MigrationLinters;
using Introspect.Comparison.Peers;
using Introspect.Comparison.Tests.Report;
using Introspect.Testing;

namespace Introspect.Comparison.Tests;

/// <summary>The migration linter table cites only real Introspect rules, and says something for every tool on every row.</summary>
public sealed partial class MigrationLinterChecksTests
{
    private static readonly HashSet<string> s_shippedMigrationRules =
    [
        .. AnalyzerSets.Introspect().SupportedDescriptors.Select(descriptor => descriptor.Id).Where(id => MigrationRuleId().IsMatch(id)),
    ];

    [Fact]
    public void EveryCitedIntrospectId_IsAShippedOrReservedMigrationRule()
    {
        var cited = MigrationLinterChecks.Rows.SelectMany(row => row.IntrospectIds).Distinct(StringComparer.Ordinal).ToList();

        var unknown = cited
            .Where(id => !MigrationRuleId().IsMatch(id) || !(s_shippedMigrationRules.Contains(id) || MigrationLinterChecks.ReservedIds.Contains(id)))
            .ToList();

        Assert.True(unknown.Count == 0, $"not an INTR2xx rule that shipped or that issue 5 reserves: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void EveryShippedMigrationRule_HasARow()
    {
        var cited = MigrationLinterChecks.Rows.SelectMany(row => row.IntrospectIds).ToHashSet(StringComparer.Ordinal);

        var missing = s_shippedMigrationRules.Where(id => !cited.Contains(id)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"migration rules with no row in the comparison: {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryRow_NamesAnIntrospectRule_AndFillsEveryToolCell()
    {
        Assert.Equal(MigrationLinterChecks.Rows.Length, MigrationLinterChecks.Rows.Select(row => row.Hazard).Distinct(StringComparer.Ordinal).Count());
        Assert.All(MigrationLinterChecks.Rows, row =>
        {
            Assert.NotEmpty(row.IntrospectIds);
            Assert.Equal(MigrationLinterChecks.Tools.Length, row.ToolCells.Length);
            Assert.All(row.ToolCells, cell => Assert.False(string.IsNullOrWhiteSpace(cell), $"'{row.Hazard}' has an empty cell; write the check, {MigrationLinterChecks.None} or {MigrationLinterChecks.NotVerified}"));
        });
    }

    [Fact]
    public void EveryShippedRuleCited_HasItsRulePage()
    {
        var pages = MigrationLinterChecks.Rows.SelectMany(row => row.IntrospectIds).Where(s_shippedMigrationRules.Contains)
            .Distinct(StringComparer.Ordinal).Select(id => Path.Combine(RepositoryPaths.RuleDocs, $"{id}.md"));

        Assert.All(pages, page => Assert.True(File.Exists(page), $"{page} is linked from docs/comparison.md but does not exist"));
    }

    [Fact]
    public void AnIdNotInTheBuild_ReadsPlanned_AndAShippedOne_Links()
    {
        var cell = MigrationLinterSection.IntrospectCell(["INTR201", "INTR214"], new HashSet<string>(["INTR201"], StringComparer.Ordinal));

        Assert.Equal("[INTR201](rules/INTR201.md), planned (INTR214)", cell);
    }

    [GeneratedRegex("^INTR2[0-9]{2}$")]
    private static partial Regex MigrationRuleId();
}
