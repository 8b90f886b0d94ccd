using System.Text;
using Introspect.Benchmarks.Measurement;
using Introspect.Comparison.Reporting;

namespace Introspect.Benchmarks.Report;

/// <summary>Rule by rule: Introspect's analyzer time next to each peer analyzer that looks for the same hazard.</summary>
internal static class RuleComparisonSection
{
    public static void Write(StringBuilder output, BenchmarkResults results)
    {
        output.Append("## Rule by rule\n\n");
        output.Append("The peer analyzers are those that report a rule listed for the same hazard in ");
        output.Append("[ComparableRules.cs](../tests/Introspect.Comparison/Peers/ComparableRules.cs), cheapest first.\n\n");
        var table = new MarkdownTable("rule", "Introspect", "peer analyzers for the same hazard", "cheaper than every peer");
        foreach (var comparison in RuleComparison.For(results))
        {
            var ours = comparison.IsInThisBuild
                ? $"{string.Join(", ", comparison.Ours.Select(analyzer => $"`{analyzer.GetType().Name}`"))} {Format.Milliseconds(comparison.OurTime)}"
                : "not in this build";
            var peers = comparison.Peers.IsEmpty
                ? "none looks for this hazard"
                : string.Join("<br>", comparison.Peers.Select(peer =>
                    $"{peer.Set.Key} `{peer.Analyzer.GetType().Name}` ({AnalyzerRules.Describe(peer.Set, peer.Analyzer)}) {Format.Milliseconds(peer.Time)}"));
            var verdict = comparison.IsCheaperThanEveryPeer switch
            {
                true => "yes",
                false => "**no**",
                null => "—",
            };
            table.Row(comparison.Rule, ours, peers, verdict);
        }

        table.WriteTo(output);
        output.Append("\n\n");
    }
}
