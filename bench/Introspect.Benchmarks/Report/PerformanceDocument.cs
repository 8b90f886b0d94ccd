using System.Runtime.InteropServices;
using System.Text;
using Introspect.Benchmarks.Corpus;
using Introspect.Benchmarks.Measurement;
using Introspect.Comparison.Peers;
using Introspect.Comparison.Reporting;
using Microsoft.CodeAnalysis;

namespace Introspect.Benchmarks.Report;

/// <summary>Writes docs/performance.md from a benchmark run: machine, corpus, targets, then the tables behind them.</summary>
internal static class PerformanceDocument
{
    public const double CompileShareTarget = 0.03;

    public static string Render(BenchmarkResults results)
    {
        var output = new StringBuilder();
        output.Append("## Threading analyzers\n\n");
        output.Append("How much Introspect's analyzers add to a build, measured against the compile itself and against the peer analyzers ");
        output.Append("that look for the same threading hazards. Regenerate this page with:\n\n");
        output.Append("```bash\n").Append(results.Options.CommandLine).Append("\n```\n\n");
        WriteMachine(output, results);
        WriteCorpus(output, results);
        TargetsSection.Write(output, results);
        WriteSets(output, results);
        RuleComparisonSection.Write(output, results);
        WriteAnalyzers(output, results);
        WriteFindings(output, results);
        WriteMethod(output, results);
        return output.ToString();
    }

    private static void WriteMachine(StringBuilder output, BenchmarkResults results)
    {
        output.Append("### Machine\n\n");
        new MarkdownTable("", "")
            .Row("cores", Format.Number(Environment.ProcessorCount))
            .Row("OS", RuntimeInformation.OSDescription)
            .Row(".NET runtime", RuntimeInformation.FrameworkDescription)
            .Row(".NET SDK", PeerPackageLocations.SdkVersion)
            .Row("Roslyn", typeof(Compilation).Assembly.GetName().Version?.ToString() ?? "unknown")
            .Row("load average at the start (1, 5, 15 min)", results.LoadAverage)
            .Row("runs", Format.Invariant($"{results.Options.Runs} measured after a warm-up on the first {BenchmarkRunner.WarmUpLines:N0} lines; medians reported"))
            .Row("whole benchmark", Format.Seconds(results.TotalDuration))
            .WriteTo(output);
        output.Append("\n\n");
    }

    private static void WriteCorpus(StringBuilder output, BenchmarkResults results)
    {
        var corpus = results.Corpus;
        output.Append("### Corpus\n\n");
        output.Append(Format.Invariant($"{Format.Number(corpus.Lines)} lines in {Format.Number(corpus.Files.Length)} files, generated into a temporary folder and deleted afterwards. "));
        output.Append(Format.Invariant($"One case of the [comparison corpus](comparison.md) every {SyntheticCorpusGenerator.LinesPerSeededCase} lines (each copy in a namespace of its own), "));
        output.Append("the rest hazard-free filler: EF Core entities and repositories, hosted workers, locked caches, validation and mapping, ");
        output.Append("Quartz, Hangfire and Coravel jobs.\n\n");
        new MarkdownTable("kind", "files", "lines")
            .Row("seeded hazards", Format.Number(corpus.Count(SyntheticFileKind.Hazard)), Format.Number(corpus.LinesOf(SyntheticFileKind.Hazard)))
            .Row("seeded correct twins", Format.Number(corpus.Count(SyntheticFileKind.CorrectTwin)), Format.Number(corpus.LinesOf(SyntheticFileKind.CorrectTwin)))
            .Row("filler", Format.Number(corpus.Count(SyntheticFileKind.Filler)), Format.Number(corpus.LinesOf(SyntheticFileKind.Filler)))
            .WriteTo(output);
        output.Append("\n\n");
    }

    private static void WriteSets(StringBuilder output, BenchmarkResults results)
    {
        output.Append("### Analyzer sets\n\n");
        output.Append("Each set's analyzer time is the sum of its analyzers' execution times. Peers run only the analyzers behind their ");
        output.Append("counted threading rules (see [comparison.md](comparison.md)), with every rule of those analyzers switched on.\n\n");
        var table = new MarkdownTable("set", "analyzers", "time (median)", "share of compile");
        table.Row("compile (GetDiagnostics, no analyzers)", "—", Format.Milliseconds(results.CompileTime), "100 %");
        foreach (var set in results.Sets)
        {
            var time = results.TotalOf(set);
            table.Row($"{set.Key} ({set.Name} {set.Version})", Format.Number(set.Analyzers.Length), Format.Milliseconds(time), Format.Percent(results.ShareOfCompile(time)));
        }

        table.Row("whole analyzer pass, wall clock (all sets, incl. the driver's own binding)", "—", Format.Milliseconds(results.AnalyzerPassWallTime), Format.Percent(results.ShareOfCompile(results.AnalyzerPassWallTime)));
        table.WriteTo(output);
        output.Append("\n\n");
    }

    private static void WriteAnalyzers(StringBuilder output, BenchmarkResults results)
    {
        output.Append("### Every analyzer\n\n");
        var table = new MarkdownTable("set", "analyzer", "rules", "time (median)", "share of compile");
        foreach (var set in results.Sets)
        {
            foreach (var analyzer in set.Analyzers.OrderByDescending(results.TimeOf).ThenBy(analyzer => analyzer.GetType().Name, StringComparer.Ordinal))
            {
                var time = results.TimeOf(analyzer);
                table.Row(set.Key, $"`{analyzer.GetType().Name}`", AnalyzerRules.Describe(set, analyzer), Format.Milliseconds(time), Format.Percent(results.ShareOfCompile(time)));
            }
        }

        table.WriteTo(output);
        output.Append("\n\n");
    }

    private static void WriteFindings(StringBuilder output, BenchmarkResults results)
    {
        output.Append("### What Introspect reported on the corpus\n\n");
        output.Append("A check that the timed rules did their work: findings per rule, split by the kind of file they were in. ");
        output.Append("Findings in correct twins or filler are false positives.\n\n");
        var seeded = results.Corpus.SeededHazardsByRule;
        var rules = seeded.Keys
            .Union(ComparableRules.ByIntrospectRule.Keys, StringComparer.Ordinal)
            .Union(results.IntrospectFindings.Select(finding => finding.RuleId), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var table = new MarkdownTable("rule", "in this build", "seeded hazards", "findings in hazard files", "findings in correct twins and filler");
        var present = results.Introspect.SupportedDescriptors.Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var findings = results.IntrospectFindings.Where(finding => finding.RuleId == rule).ToList();
            table.Row(
                rule,
                present.Contains(rule) ? "yes" : "no",
                Format.Number(seeded.GetValueOrDefault(rule)),
                Format.Number(findings.Count(finding => finding.FileKind == SyntheticFileKind.Hazard)),
                Format.Number(findings.Count(finding => finding.FileKind != SyntheticFileKind.Hazard)));
        }

        table.WriteTo(output);
        output.Append("\n\n");
    }

    private static void WriteMethod(StringBuilder output, BenchmarkResults results)
    {
        output.Append("### Method\n\n");
        output.Append("- The corpus is parsed once. Each round clones the compilation twice: one clone is compiled (`GetDiagnostics()`, a full ");
        output.Append("binding pass without analyzers), the other is analysed by every set in one `CompilationWithAnalyzers` pass with ");
        output.Append("`logAnalyzerExecutionTime: true`; each analyzer's time is `GetAnalyzerTelemetryInfoAsync(...).ExecutionTime`, the time ");
        output.Append("spent in its callbacks. A warm-up on a slice of the corpus comes first; the medians of the measured rounds are reported.\n");
        output.Append("- Times are wall-clock, so other work on the machine inflates them; the load average above says how busy it was. ");
        output.Append("The compile and the analyzers are inflated alike, so the shares hold up better than the absolute numbers.\n");
        output.Append("- Both the compile and the analyzer pass run single-threaded (`concurrentBuild: false`, `concurrentAnalysis: false`), ");
        output.Append("so a share of compile time compares one thread's work with one thread's work on a machine shared with other jobs.\n");
        output.Append("- All sets run in one pass, as they would in a build that uses them together. Binding that an analyzer triggers with ");
        output.Append("its first semantic query is charged to that analyzer, as in the compiler's own `/reportanalyzer` output.\n");
        output.Append("- The analyzers run in a different order in every round (a shuffle seeded by the round number, so a rerun uses the same ");
        output.Append("orders). Whichever analyzer is first to look at a method pays for what the compiler computes lazily and then shares ");
        output.Append("with the others; the same analyzer measured first or last in the pass differs by a factor of two to three. With one ");
        output.Append("fixed order the same analyzers would pay for everyone in every round; the median over shuffled rounds does not.\n");
        output.Append("- A peer analyzer type that reports several rules is timed as a whole; the rule-by-rule table lists its rules.\n");
        output.Append("- Reference assemblies are loaded once and shared by the clones, so the compile time is binding and checking, ");
        output.Append("not reading metadata: the share of compile time is, if anything, overstated.\n");
        if (results.FailedAnalyzers.Length > 0)
        {
            output.Append("- These analyzers threw during the run (their time is still counted): ");
            output.Append(string.Join(", ", results.FailedAnalyzers.Select(type => $"`{type}`"))).Append(".\n");
        }

        output.Append('\n');
    }
}
