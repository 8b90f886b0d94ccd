using Introspect.Comparison.Corpus;
using Introspect.Comparison.Peers;

namespace Introspect.Comparison.Tests;

/// <summary>The corpus is big and broad enough to mean something, and every file declares what it expects.</summary>
public sealed class CorpusShapeTests
{
    private const int MinimumPerKind = 40;

    private static readonly string[] s_threadingRules =
        ["INTR101", "INTR102", "INTR103", "INTR104", "INTR105", "INTR106", "INTR107", "INTR108", "INTR109", "INTR110", "INTR111", "INTR120", "INTR121", "INTR122", "INTR123", "INTR124", "INTR125", "INTR126", "INTR127", "INTR128", "INTR129"];

    [Fact]
    public void Corpus_HasAtLeastFortyHazardsAndFortyCorrectCases()
    {
        Assert.True(ThreadingCorpus.Cases.Count(c => c.IsHazard) >= MinimumPerKind, "too few hazard cases");
        Assert.True(ThreadingCorpus.Cases.Count(c => !c.IsHazard) >= MinimumPerKind, "too few correct cases");
    }

    [Fact]
    public void EveryThreadingRule_HasHazardsAndCorrectTwinsInItsOwnFolder()
    {
        foreach (var rule in s_threadingRules)
        {
            var cases = ThreadingCorpus.Cases.Where(c => c.Topic == rule).ToList();
            Assert.True(cases.Count(c => c.IsHazard && c.ExpectedRules.Contains(rule)) >= 3, $"{rule}: fewer than 3 hazard cases");
            Assert.True(cases.Count(c => !c.IsHazard) >= 3, $"{rule}: fewer than 3 correct cases");
        }
    }

    [Fact]
    public void EveryCase_SitsInTheFolderOfAThreadingRule()
    {
        var strays = ThreadingCorpus.Cases.Where(c => !s_threadingRules.Contains(c.Topic)).Select(c => c.Id).ToList();

        Assert.True(strays.Count == 0, $"cases outside a rule folder: {string.Join(", ", strays)}");
    }

    [Fact]
    public void HazardCases_NameTheRuleOfTheirFolder()
    {
        var mismatched = ThreadingCorpus.Cases.Where(c => c.IsHazard && !c.ExpectedRules.Contains(c.Topic)).Select(c => c.Id).ToList();

        Assert.True(mismatched.Count == 0, $"hazards that do not expect their folder's rule: {string.Join(", ", mismatched)}");
    }

    [Fact]
    public void Header_WithoutExpectation_IsRejected()
    {
        var error = Assert.Throws<FormatException>(() => CaseHeader.Parse("// case: no expectation\nnamespace Ops;\n", "x.cs"));

        Assert.Contains("// expect:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_WithUnknownRuleId_IsRejected()
    {
        Assert.Throws<FormatException>(() => CaseHeader.Parse("// expect: VSTHRD002\n// case: a peer id\n", "x.cs"));
    }

    [Fact]
    public void Header_ListingSeveralRules_IsReadSorted()
    {
        var (rules, description) = CaseHeader.Parse("// expect: INTR110, INTR103\n// case: blocking inside a lock\nnamespace Ops;\n", "x.cs");

        Assert.Equal("INTR103, INTR110", string.Join(", ", rules));
        Assert.Equal("blocking inside a lock", description);
    }

    [Fact]
    public void ComparableRules_NameOnlyCountedPeerRules()
    {
        var unknown = ComparableRules.ByIntrospectRule.Values.SelectMany(ids => ids).Where(id => !ThreadingRelevance.IsCounted(id)).ToList();

        Assert.True(unknown.Count == 0, $"comparable rules that are not counted: {string.Join(", ", unknown)}");
        Assert.Equal(s_threadingRules, ComparableRules.ByIntrospectRule.Keys.Order(StringComparer.Ordinal));
    }
}
