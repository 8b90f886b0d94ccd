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

    /// <summary>Each comparable rule, timed as in the shared pass.</summary>
    public static ImmutableArray<RuleComparison> For(BenchmarkResults results) => For(results.Introspect, results.Peers, results.TimeOf);

    /// <summary>Each comparable rule, with every analyzer timed alone (<see cref="IsolatedRuns"/>).</summary>
    public static ImmutableArray<RuleComparison> Alone(BenchmarkResults results) =>
        For(results.Introspect, results.Peers, analyzer => results.IsolatedTimes.TryGetValue(analyzer, out var time) ? time : TimeSpan.Zero);

    /// <summary>Every analyzer that some comparison needs: Introspect's for the compared rules and the peers' for the same hazards.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AnalyzersCompared(AnalyzerSet introspect, ImmutableArray<AnalyzerSet> peers) =>
        [
            .. For(introspect, peers, _ => TimeSpan.Zero)
                .SelectMany(comparison => comparison.Ours.Concat(comparison.Peers.Select(peer => peer.Analyzer)))
                .Distinct(),
        ];

    private static ImmutableArray<RuleComparison> For(AnalyzerSet introspect, ImmutableArray<AnalyzerSet> peers, Func<DiagnosticAnalyzer, TimeSpan> timeOf) =>
        [
            .. ComparableRules.ByIntrospectRule.Keys.Order(StringComparer.Ordinal).Select(rule => Compare(rule, introspect, peers, timeOf)),
        ];

    private static RuleComparison Compare(string rule, AnalyzerSet introspect, ImmutableArray<AnalyzerSet> peerSets, Func<DiagnosticAnalyzer, TimeSpan> timeOf)
    {
        ImmutableArray<DiagnosticAnalyzer> ours =
        [
            .. introspect.Analyzers.Where(analyzer => AnalyzerSet.SafeSupportedDiagnostics(analyzer).Any(descriptor => descriptor.Id == rule)),
        ];
        var peerIds = ComparableRules.For(rule).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<PeerAnalyzerTime> peers =
        [
            .. peerSets
                .SelectMany(set => set.Analyzers
                    .Where(analyzer => AnalyzerSet.SafeSupportedDiagnostics(analyzer).Any(descriptor => peerIds.Contains(descriptor.Id)))
                    .Select(analyzer => new PeerAnalyzerTime(set, analyzer, timeOf(analyzer))))
                .OrderBy(peer => peer.Time),
        ];
        var ourTime = ours.Aggregate(TimeSpan.Zero, (total, analyzer) => total + timeOf(analyzer));
        return new RuleComparison(rule, ours, ourTime, peers);
    }
}

/// <summary>A peer analyzer type and its median execution time.</summary>
internal sealed record PeerAnalyzerTime(AnalyzerSet Set, DiagnosticAnalyzer Analyzer, TimeSpan Time);
