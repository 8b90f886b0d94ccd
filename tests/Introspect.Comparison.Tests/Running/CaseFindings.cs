using System.Collections.Immutable;
using Introspect.Comparison.Corpus;
using Introspect.Comparison.Peers;
using Introspect.Comparison.Running;

namespace Introspect.Comparison.Tests.Running;

/// <summary>What every tool reported on one case, as sorted, distinct rule ids.</summary>
public sealed record CaseFindings(
    CorpusCase Case,
    ImmutableArray<string> CompileErrors,
    ImmutableArray<string> IntrospectRules,
    ImmutableDictionary<string, ImmutableArray<string>> CountedPeerRules,
    ImmutableDictionary<string, ImmutableArray<string>> ExcludedPeerRules,
    ImmutableArray<AnalyzerFailure> IntrospectFailures,
    ImmutableArray<AnalyzerFailure> PeerFailures)
{
    public ImmutableArray<string> CountedRulesOf(string peerKey) =>
        CountedPeerRules.TryGetValue(peerKey, out var rules) ? rules : [];

    public ImmutableArray<string> ExcludedRulesOf(string peerKey) =>
        ExcludedPeerRules.TryGetValue(peerKey, out var rules) ? rules : [];

    /// <summary>Whether the tool reported a counted rule: on a hazard a catch, on correct code a false positive.</summary>
    public bool Fired(string toolKey) =>
        toolKey == AnalyzerSets.IntrospectKey ? !IntrospectRules.IsEmpty : !CountedRulesOf(toolKey).IsEmpty;

    /// <summary>A hazard counts as caught by Introspect only through the rules the case names.</summary>
    public bool IntrospectCatches => Case.IsHazard && Case.ExpectedRules.All(IntrospectRules.Contains);
}
