using Introspect.Diagrams.Chain;

namespace Introspect.Diagrams.Tests;

public sealed class ChainGraphTests
{
    [Fact]
    public void SnapshotChain_EnqueuesInALoopThenContinues()
    {
        var graph = ChainGraphBuilder.Build(TestCatalog.Sample());

        var enqueue = Assert.Single(graph.Edges, edge => edge.To == TestCatalog.Snapshot);
        Assert.Equal((TestCatalog.Nightly, ChainEdgeKind.Enqueue, true), (enqueue.From, enqueue.Kind, enqueue.InLoop));
        Assert.Contains("once per item of a loop", enqueue.Label, StringComparison.Ordinal);
        var continuation = Assert.Single(graph.Edges, edge => edge.To == TestCatalog.Notifier);
        Assert.Equal((TestCatalog.Snapshot, ChainEdgeKind.Continuation), (continuation.From, continuation.Kind));
        Assert.True(graph.IsFanOut(TestCatalog.Nightly));
    }

    [Fact]
    public void EndpointThatEnqueues_IsAnEntryNode()
    {
        var graph = ChainGraphBuilder.Build(TestCatalog.Sample());

        var edge = Assert.Single(graph.Edges, edge => edge.To == TestCatalog.Raid);
        var entry = graph.Node(edge.From);
        Assert.Equal(ChainNodeKind.Endpoint, entry.Kind);
        Assert.Equal("POST /servers/{id:int}/raid-monitoring", entry.Title);
        Assert.Equal("enqueue (queue provisioning)", edge.Label);
    }

    [Fact]
    public void DelayMessageAndDeadEnd_AreTypedAndMarked()
    {
        var graph = ChainGraphBuilder.Build(TestCatalog.Extended());

        var delayed = Assert.Single(graph.Edges, edge => edge.To == TestCatalog.Reminder);
        Assert.Equal((ChainEdgeKind.Schedule, "schedule after 01:00:00"), (delayed.Kind, delayed.Label));
        var published = Assert.Single(graph.Edges, edge => edge.To == TestCatalog.Consumer);
        Assert.Equal(ChainEdgeKind.Publish, published.Kind);
        Assert.Equal(ChainNodeKind.Message, graph.Node(published.From).Kind);
        Assert.Equal("continues a job nobody starts", graph.Node(TestCatalog.Orphan).DeadEnd);
        Assert.Null(graph.Node(TestCatalog.Notifier).DeadEnd);
    }

    [Fact]
    public void ChosenJob_KeepsOnlyWhatIsConnectedToIt()
    {
        var graph = ChainGraphBuilder.Build(TestCatalog.Sample(), [TestCatalog.Notifier]);

        Assert.Equal(
            [TestCatalog.Nightly, TestCatalog.Snapshot, TestCatalog.Notifier],
            graph.Nodes.Select(node => node.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, graph.Edges.Length);
    }
}
