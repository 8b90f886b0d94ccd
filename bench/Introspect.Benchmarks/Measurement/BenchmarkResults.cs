using System.Collections.Immutable;
using Introspect.Benchmarks.Corpus;
using Introspect.Comparison.Peers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Benchmarks.Measurement;

/// <summary>Median timings over the measured runs, and what Introspect reported on the corpus.</summary>
internal sealed record BenchmarkResults(
    BenchmarkOptions Options,
    SyntheticCorpus Corpus,
    AnalyzerSet Introspect,
    ImmutableArray<AnalyzerSet> Peers,
    TimeSpan CompileTime,
    TimeSpan AnalyzerPassWallTime,
    ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> AnalyzerTimes,
    ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> IsolatedTimes,
    ImmutableArray<IntrospectFinding> IntrospectFindings,
    ImmutableArray<string> FailedAnalyzers,
    string LoadAverage,
    TimeSpan TotalDuration)
{
    public ImmutableArray<AnalyzerSet> Sets => [Introspect, .. Peers];

    public TimeSpan TimeOf(DiagnosticAnalyzer analyzer) => AnalyzerTimes.TryGetValue(analyzer, out var time) ? time : TimeSpan.Zero;

    public TimeSpan TotalOf(AnalyzerSet set) => set.Analyzers.Aggregate(TimeSpan.Zero, (total, analyzer) => total + TimeOf(analyzer));

    public double ShareOfCompile(TimeSpan time) => CompileTime == TimeSpan.Zero ? 0 : time / CompileTime;
}

/// <summary>One Introspect finding on the generated corpus: which rule, and in what kind of file.</summary>
internal sealed record IntrospectFinding(string RuleId, SyntheticFileKind FileKind);
