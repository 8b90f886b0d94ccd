using Introspect.Core.Analysis;

namespace Introspect.Core.Tests.Analysis;

public sealed class RuleSelectionTests
{
    private static readonly string[] Known = ["INTR101", "INTR103", "INTR201"];

    [Fact]
    public void NoPatterns_IncludesEveryRule() =>
        Assert.All(Known, id => Assert.True(RuleSelection.Parse([], [], Known).Includes(id)));

    [Fact]
    public void ExactIdsAndFamilyPrefixes_AreIncluded()
    {
        var selection = RuleSelection.Parse(["intr101, INTR2*"], [], Known);

        Assert.True(selection.Includes("INTR101"));
        Assert.True(selection.Includes("INTR201"));
        Assert.False(selection.Includes("INTR103"));
    }

    [Fact]
    public void Exclusions_WinOverInclusions()
    {
        var selection = RuleSelection.Parse(["INTR1*"], ["INTR103"], Known);

        Assert.True(selection.Includes("INTR101"));
        Assert.False(selection.Includes("INTR103"));
    }

    [Fact]
    public void UnknownId_IsAnErrorThatListsTheKnownRules()
    {
        var error = Assert.Throws<ArgumentException>(() => RuleSelection.Parse(["INTR999"], [], Known));

        Assert.Contains("'INTR999'", error.Message, StringComparison.Ordinal);
        Assert.Contains("INTR101, INTR103, INTR201", error.Message, StringComparison.Ordinal);
    }
}
