using System.Text;
using Introspect.Benchmarks.Measurement;
using Introspect.Comparison.Reporting;

namespace Introspect.Benchmarks.Report;

/// <summary>The two targets from the threading-rules issue, each said to be met or not, with the numbers.</summary>
internal static class TargetsSection
{
    public static void Write(StringBuilder output, BenchmarkResults results)
    {
        var introspectTime = results.TotalOf(results.Introspect);
        var share = results.ShareOfCompile(introspectTime);
        var comparisons = RuleComparison.Alone(results);
        var compared = comparisons.Where(comparison => comparison.IsCheaperThanEveryPeer is not null).ToList();
        var dearer = compared.Where(comparison => comparison.IsCheaperThanEveryPeer == false).Select(comparison => comparison.Rule).ToList();
        var dearerInPass = RuleComparison.For(results)
            .Where(comparison => comparison.IsCheaperThanEveryPeer == false)
            .Select(comparison => comparison.Rule)
            .ToList();
        var missing = comparisons.Where(comparison => !comparison.IsInThisBuild).Select(comparison => comparison.Rule).ToList();

        output.Append("### Targets\n\n");
        var table = new MarkdownTable("target", "measured", "result");
        table.Row(
            Format.Invariant($"Introspect, all rules, under {PerformanceDocument.CompileShareTarget:P0} of compile time"),
            Format.Invariant($"{Format.Percent(share)} ({Format.Milliseconds(introspectTime)} of {Format.Milliseconds(results.CompileTime)})"),
            Format.YesNo(share < PerformanceDocument.CompileShareTarget));
        table.Row(
            "Every Introspect rule cheaper than each peer analyzer that looks for the same hazard (each analyzer alone)",
            compared.Count == 0
                ? "no rule in this build has a comparable peer"
                : Format.Invariant($"{compared.Count - dearer.Count} of {compared.Count} rules cheaper") + (dearer.Count == 0 ? "" : $"; not: {string.Join(", ", dearer)}")
                    + Format.Invariant($" (in the shared pass: {compared.Count - dearerInPass.Count} of {compared.Count})"),
            compared.Count == 0 ? "n/a" : Format.YesNo(dearer.Count == 0));
        table.WriteTo(output);
        if (missing.Count > 0)
        {
            output.Append(Format.Invariant($"\nNot in this build, so not measured: {string.Join(", ", missing)}.\n"));
        }

        output.Append("\n\n");
    }
}
