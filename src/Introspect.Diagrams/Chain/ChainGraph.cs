using System.Collections.Immutable;

namespace Introspect.Diagrams.Chain;

/// <summary>
/// The job → job chain view's model, shared by its PlantUML and Mermaid emitters: nodes (jobs, and the entry points
/// that start them: HTTP endpoints, plain code, messages) and typed edges, all sorted so the output never moves.
/// </summary>
public sealed record ChainGraph(ImmutableArray<ChainNode> Nodes, ImmutableArray<ChainEdge> Edges)
{
    public ChainNode Node(string id) => Nodes.First(node => node.Id == id);

    /// <summary>Nodes that start two or more others, or enqueue one once per item of a loop (a continuation per item is one-to-one).</summary>
    public bool IsFanOut(string nodeId) =>
        Edges.Count(edge => edge.From == nodeId) >= 2 || Edges.Any(edge => edge.From == nodeId && edge.InLoop && edge.Kind != ChainEdgeKind.Continuation);
}

public sealed record ChainNode(string Id, ChainNodeKind Kind, string Title, string? Framework, string? Trigger, string? Location)
{
    /// <summary>Set when the node can never run: a continuation of a job nobody starts, or a job type never registered.</summary>
    public string? DeadEnd { get; init; }

    /// <summary>Where the node is defined in the code (a job's declaration, the call that enqueues), relative to the source root.</summary>
    public Introspect.Core.Jobs.SourceLocation? Source { get; init; }

    /// <summary>The link to <see cref="Source"/> on the code host, when source links are on.</summary>
    public string? Link { get; init; }
}

public enum ChainNodeKind
{
    Job,
    Endpoint,
    Code,
    Message,
}

/// <summary>An edge: how <see cref="From"/> starts <see cref="To"/>, in words for the label.</summary>
public sealed record ChainEdge(string From, string To, ChainEdgeKind Kind, string Label, bool InLoop);

public enum ChainEdgeKind
{
    Enqueue,
    Schedule,
    Continuation,
    Publish,
}

public static class ChainEdgeColours
{
    /// <summary>The theme's colour for an edge kind; both emitters draw with it.</summary>
    public static string Of(ChainEdgeKind kind, DiagramTheme theme) => kind switch
    {
        ChainEdgeKind.Schedule => theme.Schedule,
        ChainEdgeKind.Continuation => theme.Continuation,
        ChainEdgeKind.Publish => theme.Publish,
        _ => theme.Enqueue,
    };
}
