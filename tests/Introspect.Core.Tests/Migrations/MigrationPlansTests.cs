using System.Collections.Immutable;
using Introspect.Core.Analysis;
using Introspect.Core.Migrations;

namespace Introspect.Core.Tests.Migrations;

public sealed class MigrationPlansTests
{
    [Fact]
    public void RenamePlan_NamesTheOldAndNewColumn()
    {
        var steps = MigrationPlans.For(Finding("INTR203", ("framework", "EfCore"), ("table", "MonitoredHosts"), ("column", "VisibleName"), ("newName", "DisplayName")));

        Assert.Equal(4, steps.Count);
        Assert.StartsWith("Release 1 (expand): add DisplayName next to VisibleName", steps[0], StringComparison.Ordinal);
        Assert.Contains("stop writing VisibleName and drop it", steps[3], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EfCore", "move the DropColumn call", "EF Core model")]
    [InlineData("FluentMigrator", "move Delete.Column", null)]
    [InlineData("SqlScript", "ALTER TABLE … DROP COLUMN", null)]
    public void DropColumnPlan_SpeaksTheMigrationsFramework(string framework, string expected, string? modelNote)
    {
        var steps = MigrationPlans.For(Finding("INTR201", ("framework", framework), ("table", "Servers"), ("column", "LegacyRackCode")));

        Assert.Contains(expected, steps[^1], StringComparison.Ordinal);
        Assert.Equal(modelNote is not null, steps[0].Contains("EF Core model", StringComparison.Ordinal));
    }

    [Fact]
    public void CodeAwarePlans_NameTheTableAndColumn()
    {
        var dropped = MigrationPlans.For(Finding("INTR214", ("framework", "EfCore"), ("table", "Servers"), ("column", "LegacyRackCode")));
        var relaxed = MigrationPlans.For(Finding("INTR215", ("framework", "EfCore"), ("table", "Servers"), ("column", "Priority")));
        var droppedTable = MigrationPlans.For(Finding("INTR214", ("framework", "EfCore"), ("table", "HostGroups")));
        var storedEnum = MigrationPlans.For(Finding("INTR217", ("table", "Servers"), ("column", "Status")));

        Assert.Contains("drop or rename Servers.LegacyRackCode", dropped[^1], StringComparison.Ordinal);
        Assert.Contains("drop or rename HostGroups (", droppedTable[^1], StringComparison.Ordinal);
        Assert.StartsWith("This release: keep Servers.Priority NOT NULL", relaxed[0], StringComparison.Ordinal);
        Assert.Contains("UPDATE Servers SET Status", storedEnum[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void RuleWithoutAPlan_HasNoSteps() => Assert.Empty(MigrationPlans.For(Finding("INTR101")));

    private static Finding Finding(string ruleId, params (string Key, string Value)[] properties) => new(
        ruleId,
        "title",
        FindingSeverity.Warning,
        "message",
        "Ops",
        new FindingLocation("/repo/Migrations/M.cs", 1, 1, 1, 2),
        null,
        Properties: properties.ToImmutableSortedDictionary(property => property.Key, property => property.Value, StringComparer.Ordinal));
}
