using Introspect.Core.Migrations;

namespace Introspect.Analyzers.Tests.Conventions;

/// <summary>`introspect migrations plan` has a written safe sequence for every migration rule, and for nothing else.</summary>
public sealed class MigrationPlanConventionTests
{
    [Fact]
    public void EveryMigrationRule_HasAPlan()
    {
        var migrationRules = RuleCatalog.Descriptors
            .Where(descriptor => descriptor.Category == RuleCategories.Migrations)
            .Select(descriptor => descriptor.Id)
            .Order(StringComparer.Ordinal);

        Assert.Equal(migrationRules, MigrationPlans.RuleIds.Order(StringComparer.Ordinal));
    }
}
