using System.Text;
using Introspect.Benchmarks.Measurement;
using Introspect.Comparison.Reporting;

namespace Introspect.Benchmarks.Report;

/// <summary>Rule by rule: Introspect's analyzer time next to each peer analyzer that looks for the same hazard.</summary>
internal static class RuleComparisonSection
{
    public static void Write(StringBuilder output, BenchmarkResults results)
    {
        output.Append("### Rule by rule, each analyzer alone\n\n");
        output.Append(Format.Invariant($"Each analyzer below runs by itself over the first {BenchmarkRunner.IsolatedLines:N0} lines of the corpus, "));
        output.Append(Format.Invariant($"{results.Options.IsolatedRuns} times after a warm-up (medians): its time is its own callbacks and the binding they ask for. "));
        output.Append("This is the comparison the per-rule target is judged on. ");
        output.Append("The peer analyzers are those that report a rule listed for the same hazard in ");
        output.Append("[ComparableRules.cs](../tests/Introspect.Comparison/Peers/ComparableRules.cs), cheapest first.\n\n");
        WriteTable(output, RuleComparison.Alone(results));

        output.Append("### Rule by rule, in the shared pass\n\n");
        output.Append("The same comparison inside the one pass of every set over the whole corpus. There, whichever analyzer first asks ");
        output.Append("about a method pays for what the compiler then shares with the rest (see the method below), so a cheap analyzer ");
        output.Append("can carry another's binding: read these as what each analyzer costs in a build that runs them all.\n\n");
        WriteTable(output, RuleComparison.For(results));
    }

    private static void WriteTable(StringBuilder output, IEnumerable<RuleComparison> comparisons)
    {
        var table = new MarkdownTable("rule", "Introspect", "peer analyzers for the same hazard", "cheaper than every peer");
        foreach (var comparison in comparisons)
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
