using System.Collections.Immutable;
using System.Diagnostics;
using Introspect.Benchmarks.Corpus;
using Introspect.Comparison.Peers;
using Introspect.Comparison.Running;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Benchmarks.Measurement;

/// <summary>
/// Generates and compiles the corpus, then, after a warm-up on a slice of it, measures each round: a plain compile (a full
/// GetDiagnostics binding pass) and one analyzer pass with every set, each analyzer's execution time taken from
/// Roslyn's own telemetry. Reports medians over the rounds.
/// </summary>
internal sealed class BenchmarkRunner(BenchmarkOptions options, TextWriter progress)
{
    public const int WarmUpLines = 5_000;

    /// <summary>The slice of the corpus on which each compared analyzer is timed alone.</summary>
    public const int IsolatedLines = 25_000;

    public async Task<BenchmarkResults> RunAsync(string corpusFolder)
    {
        var total = Stopwatch.StartNew();
        var loadAverage = LoadAverage.Read();
        progress.WriteLine($"Generating about {options.Lines} lines into {corpusFolder} ...");
        var corpus = SyntheticCorpusGenerator.Generate(options.Lines, corpusFolder);
        progress.WriteLine($"{corpus.Files.Length} files, {corpus.Lines} lines; compiling ...");
        var compilation = new BenchmarkCompilation(corpus);
        compilation.EnsureItCompiles();

        var introspect = AnalyzerSets.Introspect();
        var counted = ThreadingRelevance.CountedRules.Keys.ToHashSet(StringComparer.Ordinal);
        ImmutableArray<AnalyzerSet> peers = [.. AnalyzerSets.Peers.Select(peer => peer.Reporting(counted))];
        ImmutableArray<DiagnosticAnalyzer> analyzers = [.. introspect.Analyzers, .. peers.SelectMany(peer => peer.Analyzers)];

        var compileTimes = new List<TimeSpan>();
        var passTimes = new List<TimeSpan>();
        var analyzerTimes = analyzers.ToDictionary(analyzer => analyzer, _ => new List<TimeSpan>());
        ImmutableArray<Diagnostic> lastDiagnostics = [];
        var failed = new SortedSet<string>(StringComparer.Ordinal);
        // Warm-up on a slice: the same code paths get jitted at a fraction of a full round's cost.
        var warmUp = BenchmarkCompilation.Slice(corpus, WarmUpLines);
        var warmUpCompile = TimeCompile(warmUp);
        var (warmUpPass, _) = await TimeAnalyzersAsync(warmUp, InRoundOrder(analyzers, round: 0));
        progress.WriteLine($"warm-up ({WarmUpLines} lines): compile {warmUpCompile.TotalSeconds:F1} s, analyzer pass {warmUpPass.TotalSeconds:F1} s");
        for (var round = 1; round <= options.Runs; round++)
        {
            var compileTime = TimeCompile(compilation);
            var (passTime, result) = await TimeAnalyzersAsync(compilation, InRoundOrder(analyzers, round));
            progress.WriteLine($"run {round}/{options.Runs}: compile {compileTime.TotalSeconds:F1} s, analyzer pass {passTime.TotalSeconds:F1} s");

            compileTimes.Add(compileTime);
            passTimes.Add(passTime);
            foreach (var (analyzer, time) in result.ExecutionTimes)
            {
                analyzerTimes[analyzer].Add(time);
            }

            lastDiagnostics = result.Diagnostics;
            failed.UnionWith(result.Failures.Select(failure => failure.AnalyzerType));
        }

        // Alone, every analyzer pays for a whole compile's binding of what it asks about, so a slice keeps this part short.
        var isolatedSlice = BenchmarkCompilation.Slice(corpus, IsolatedLines);
        progress.WriteLine($"timing {RuleComparison.AnalyzersCompared(introspect, peers).Length} analyzers alone on {IsolatedLines} lines ...");
        var isolatedTimes = await IsolatedRuns.MeasureAsync(
            isolatedSlice, RuleComparison.AnalyzersCompared(introspect, peers), options.IsolatedRuns, progress);

        return new BenchmarkResults(
            options,
            corpus,
            introspect,
            peers,
            Median.Of(compileTimes),
            Median.Of(passTimes),
            analyzerTimes.ToImmutableDictionary(pair => pair.Key, pair => Median.Of(pair.Value)),
            isolatedTimes,
            IntrospectFindings(lastDiagnostics, corpus),
            [.. failed],
            loadAverage,
            total.Elapsed);
    }

    /// <summary>
    /// The analyzers in an order of their own for each round (shuffled, seeded by the round, so reruns use the same
    /// orders). Whichever analyzer is first to look at a piece of code pays for what the compiler computes lazily and
    /// then shares with the rest; with one fixed order the same analyzers would pay for it in every round.
    /// </summary>
    internal static ImmutableArray<DiagnosticAnalyzer> InRoundOrder(ImmutableArray<DiagnosticAnalyzer> analyzers, int round)
    {
        var order = analyzers.ToArray();
        var random = new Random(round);
        for (var index = order.Length - 1; index > 0; index--)
        {
            var other = random.Next(index + 1);
            (order[index], order[other]) = (order[other], order[index]);
        }

        return [.. order];
    }

    private static TimeSpan TimeCompile(BenchmarkCompilation compilation)
    {
        var fresh = compilation.Fresh();
        Settle();
        var watch = Stopwatch.StartNew();
        _ = fresh.GetDiagnostics();
        return watch.Elapsed;
    }

    private static async Task<(TimeSpan Wall, AnalyzerRunResult Result)> TimeAnalyzersAsync(
        BenchmarkCompilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var fresh = compilation.Fresh();
        Settle();
        var watch = Stopwatch.StartNew();
        var result = await AnalyzerRunner.RunAsync(fresh, analyzers, measureTime: true, concurrent: false);
        return (watch.Elapsed, result);
    }

    // A collection left over from the previous pass should not land inside the next measurement.
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private static ImmutableArray<IntrospectFinding> IntrospectFindings(ImmutableArray<Diagnostic> diagnostics, SyntheticCorpus corpus)
    {
        var kindOfPath = corpus.Files.ToDictionary(file => Path.Combine(corpus.Folder, file.RelativePath), file => file.Kind, StringComparer.Ordinal);
        return
        [
            .. diagnostics
                .Where(diagnostic => diagnostic.Id.StartsWith("INTR", StringComparison.Ordinal))
                .Select(diagnostic => new IntrospectFinding(
                    diagnostic.Id,
                    kindOfPath.TryGetValue(diagnostic.Location.SourceTree?.FilePath ?? "", out var kind) ? kind : SyntheticFileKind.Filler)),
        ];
    }
}
