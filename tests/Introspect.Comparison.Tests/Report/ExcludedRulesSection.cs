using System.Text;
using Introspect.Comparison.Peers;
using Introspect.Comparison.Reporting;
using Introspect.Comparison.Tests.Running;

namespace Introspect.Comparison.Tests.Report;

/// <summary>The peer rules that touch threading APIs without claiming a defect: how often they fired, shown apart.</summary>
internal static class ExcludedRulesSection
{
    public static void Write(StringBuilder output, ComparisonResults results)
    {
        output.Append("## Peer rules shown apart\n\n");
        output.Append("These rules fire on async and threading code but do not claim a defect Introspect looks for, so they count neither ");
        output.Append("as catches nor as false positives. They are what a team switching these analyzers on would also see.\n\n");
        var hazards = results.Cases.Where(findings => findings.Case.IsHazard).ToList();
        var correct = results.Cases.Where(findings => !findings.Case.IsHazard).ToList();
        var table = new MarkdownTable("group", "why not counted", "rules that fired", "hazard cases with one", "correct cases with one");
        foreach (var group in ThreadingRelevance.ExcludedGroups)
        {
            bool Has(CaseFindings findings) => ExcludedIds(findings, results).Any(group.RuleIds.Contains);
            var fired = results.Cases.SelectMany(findings => ExcludedIds(findings, results)).Where(group.RuleIds.Contains)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            table.Row(
                group.Name,
                group.Reason,
                ComparisonDocument.Ids(fired),
                ComparisonDocument.Invariant($"{hazards.Count(Has)} / {hazards.Count}"),
                ComparisonDocument.Invariant($"{correct.Count(Has)} / {correct.Count}"));
        }

        table.WriteTo(output);
        output.Append('\n');
    }

    private static IEnumerable<string> ExcludedIds(CaseFindings findings, ComparisonResults results) =>
        results.Peers.SelectMany(peer => findings.ExcludedRulesOf(peer.Key));
}
