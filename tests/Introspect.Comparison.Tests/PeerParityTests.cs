using Introspect.Comparison.Corpus;
using Introspect.Comparison.Tests.Running;

namespace Introspect.Comparison.Tests;

/// <summary>(d) Introspect catches every hazard that any peer catches: no peer finds a hazard that Introspect misses.</summary>
public sealed class PeerParityTests
{
    [Theory]
    [MemberData(nameof(CorpusTheories.HazardIds), MemberType = typeof(CorpusTheories))]
    public void HazardCaughtByAPeer_IsCaughtByIntrospect(string caseId)
    {
        var results = ComparisonRun.Results;
        var findings = results.For(caseId);
        var peersThatCatch = results.Peers.Where(peer => findings.Fired(peer.Key))
            .Select(peer => $"{peer.Key} ({string.Join(", ", findings.CountedRulesOf(peer.Key))})")
            .ToList();

        Assert.True(
            peersThatCatch.Count == 0 || findings.IntrospectCatches,
            $"{caseId}: caught by {string.Join("; ", peersThatCatch)} but not by Introspect {string.Join(", ", findings.Case.ExpectedRules)}");
    }
}
