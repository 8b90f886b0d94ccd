using System.Collections.Immutable;
using Introspect.Comparison.Peers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Benchmarks.Measurement;

/// <summary>
/// One Introspect rule against the peer analyzers that look for the same hazard (<see cref="ComparableRules"/>):
/// the analyzer types that report those ids, each timed as a whole.
/// </summary>
internal sealed record RuleComparison(
    string Rule,
    ImmutableArray<DiagnosticAnalyzer> Ours,
    TimeSpan OurTime,
    ImmutableArray<PeerAnalyzerTime> Peers)
{
    public bool IsInThisBuild => !Ours.IsEmpty;

    /// <summary>Null when no peer looks for the hazard (or the rule is not in this build): nothing to compare with.</summary>
    public bool? IsCheaperThanEveryPeer => IsInThisBuild && !Peers.IsEmpty ? Peers.All(peer => OurTime < peer.Time) : null;

    public static ImmutableArray<RuleComparison> For(BenchmarkResults results) =>
        [
            .. ComparableRules.ByIntrospectRule.Keys.Order(StringComparer.Ordinal).Select(rule => Compare(rule, results)),
        ];

    private static RuleComparison Compare(string rule, BenchmarkResults results)
    {
        ImmutableArray<DiagnosticAnalyzer> ours =
        [
            .. results.Introspect.Analyzers.Where(analyzer => AnalyzerSet.SafeSupportedDiagnostics(analyzer).Any(descriptor => descriptor.Id == rule)),
        ];
        var peerIds = ComparableRules.For(rule).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<PeerAnalyzerTime> peers =
        [
            .. results.Peers
                .SelectMany(set => set.Analyzers
                    .Where(analyzer => AnalyzerSet.SafeSupportedDiagnostics(analyzer).Any(descriptor => peerIds.Contains(descriptor.Id)))
                    .Select(analyzer => new PeerAnalyzerTime(set, analyzer, results.TimeOf(analyzer))))
                .OrderBy(peer => peer.Time),
        ];
        var ourTime = ours.Aggregate(TimeSpan.Zero, (total, analyzer) => total + results.TimeOf(analyzer));
        return new RuleComparison(rule, ours, ourTime, peers);
    }
}

/// <summary>A peer analyzer type and its median execution time.</summary>
internal sealed record PeerAnalyzerTime(AnalyzerSet Set, DiagnosticAnalyzer Analyzer, TimeSpan Time);
