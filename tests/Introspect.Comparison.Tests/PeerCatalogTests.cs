using System.Runtime.Loader;
using Introspect.Comparison.Peers;

namespace Introspect.Comparison.Tests;

/// <summary>The peers load from their packages, and the curated rule lists name rules that really exist.</summary>
public sealed class PeerCatalogTests
{
    [Fact]
    public void EveryPeer_LoadsItsAnalyzers()
    {
        Assert.Equal(["VSTHRD", "MA", "AsyncFixer", "Sonar", "CA"], AnalyzerSets.Peers.Select(peer => peer.Key));
        Assert.All(AnalyzerSets.Peers, peer => Assert.NotEmpty(peer.Analyzers));
    }

    [Fact]
    public void EveryPeer_RunsInALoadContextOfItsOwn()
    {
        var contexts = AnalyzerSets.Peers
            .Select(peer => AssemblyLoadContext.GetLoadContext(peer.Analyzers[0].GetType().Assembly))
            .ToList();

        Assert.DoesNotContain(AssemblyLoadContext.Default, contexts);
        Assert.Equal(contexts.Count, contexts.Distinct().Count());
    }

    [Fact]
    public void EveryListedPeerRule_IsShippedByAPeer()
    {
        var shipped = AnalyzerSets.Peers.SelectMany(peer => peer.SupportedDescriptors).Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);

        var missing = ThreadingRelevance.AllReportedIds.Where(id => !shipped.Contains(id)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"listed rules no peer ships: {string.Join(", ", missing)}");
    }

    [Fact]
    public void NoRule_IsBothCountedAndShownApart()
    {
        var both = ThreadingRelevance.ExcludedGroups.SelectMany(group => group.RuleIds).Where(ThreadingRelevance.IsCounted).ToList();

        Assert.Empty(both);
    }
}
