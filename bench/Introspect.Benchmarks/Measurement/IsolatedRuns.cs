using System.Collections.Immutable;
using Introspect.Comparison.Running;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Benchmarks.Measurement;

/// <summary>
/// Times each analyzer of the rule-by-rule comparison on its own: one analyzer per pass over a fresh compilation, so
/// its execution time is its own callbacks and the binding they trigger, not work another analyzer left behind or
/// made it pay for. In one shared pass whoever asks first pays for what the compiler computes lazily; alone, no one
/// else is there to pay or be paid for.
/// </summary>
internal static class IsolatedRuns
{
    public static async Task<ImmutableDictionary<DiagnosticAnalyzer, TimeSpan>> MeasureAsync(
        BenchmarkCompilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, int runs, TextWriter progress)
    {
        var times = analyzers.ToDictionary(analyzer => analyzer, _ => new List<TimeSpan>());

        // Round 0 warms every analyzer up (its JIT, its first type lookups) and is not counted.
        for (var round = 0; round <= runs; round++)
        {
            foreach (var analyzer in BenchmarkRunner.InRoundOrder(analyzers, round))
            {
                var fresh = compilation.Fresh();
                var result = await AnalyzerRunner.RunAsync(fresh, [analyzer], measureTime: true, concurrent: false);
                if (round > 0)
                {
                    times[analyzer].Add(result.ExecutionTimes[analyzer]);
                }
            }

            progress.WriteLine(round == 0 ? "alone: warm-up round done" : $"alone: run {round}/{runs} done");
        }

        return times.ToImmutableDictionary(pair => pair.Key, pair => Median.Of(pair.Value));
    }
}
