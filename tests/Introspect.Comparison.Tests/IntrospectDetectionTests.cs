using Introspect.Comparison.Corpus;
using Introspect.Comparison.Tests.Running;

namespace Introspect.Comparison.Tests;

/// <summary>
/// (b) every hazard is reported by the rules it names, and by no other Introspect rule; (c) no Introspect threading
/// rule fires on correct code. Hazards of rules that do not exist yet fail here until those rules are merged.
/// </summary>
public sealed class IntrospectDetectionTests
{
    [Theory]
    [MemberData(nameof(CorpusTheories.HazardIds), MemberType = typeof(CorpusTheories))]
    public void HazardCase_IsCaughtByTheRulesItNames(string caseId)
    {
        var findings = ComparisonRun.Results.For(caseId);

        var missing = findings.Case.ExpectedRules.Except(findings.IntrospectRules, StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"{caseId}: expected {string.Join(", ", missing)}; Introspect reported {Describe(findings.IntrospectRules)}");
    }

    [Theory]
    [MemberData(nameof(CorpusTheories.HazardIds), MemberType = typeof(CorpusTheories))]
    public void HazardCase_DrawsNoIntrospectRuleItDoesNotName(string caseId)
    {
        var findings = ComparisonRun.Results.For(caseId);

        var extra = findings.IntrospectRules.Except(findings.Case.ExpectedRules, StringComparer.Ordinal).ToList();

        Assert.True(extra.Count == 0, $"{caseId}: {string.Join(", ", extra)} also fired; name it in '// expect:' if it is right, or fix the rule");
    }

    [Theory]
    [MemberData(nameof(CorpusTheories.CorrectIds), MemberType = typeof(CorpusTheories))]
    public void CorrectCase_DrawsNoIntrospectThreadingRule(string caseId)
    {
        var findings = ComparisonRun.Results.For(caseId);

        Assert.True(findings.IntrospectRules.IsEmpty, $"{caseId}: false positive {Describe(findings.IntrospectRules)}");
    }

    [Theory]
    [MemberData(nameof(CorpusTheories.AllIds), MemberType = typeof(CorpusTheories))]
    public void IntrospectAnalyzers_NeverThrowOnACase(string caseId)
    {
        var failures = ComparisonRun.Results.For(caseId).IntrospectFailures;

        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Select(failure => $"{failure.AnalyzerType}: {failure.Exception}")));
    }

    private static string Describe(IReadOnlyCollection<string> rules) => rules.Count == 0 ? "nothing" : string.Join(", ", rules);
}
