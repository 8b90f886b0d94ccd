using System.Collections.Immutable;
using Introspect.Core.Jobs.Process;

namespace Introspect.Diagrams.Resources;

/// <summary>
/// The jobs × resources view's model, shared by its PlantUML, Mermaid, SVG matrix and Markdown emitters and by the
/// timeline's clash detection: the jobs that touch something, the resources grouped by kind, one edge per job and
/// resource with the merged access, and which resources are contended. Everything is sorted, so the output never moves.
/// </summary>
public sealed record ResourceMap(
    ImmutableArray<ResourceJob> Jobs,
    ImmutableArray<ResourceNode> Resources,
    ImmutableArray<ResourceEdge> Edges,
    int JobsWithoutResources)
{
    /// <summary>Above this many resources a bipartite graph is a tangle: the matrix is emitted as well.</summary>
    public const int MatrixResourceThreshold = 12;

    /// <summary>Above this many edges the matrix is emitted as well.</summary>
    public const int MatrixEdgeThreshold = 40;

    public bool IsLarge => Resources.Length > MatrixResourceThreshold || Edges.Length > MatrixEdgeThreshold;

    public ResourceNode Resource(string key) => Resources.First(resource => resource.Key == key);

    public ResourceEdge? Edge(string jobId, string resourceKey) =>
        Edges.FirstOrDefault(edge => edge.JobId == jobId && edge.ResourceKey == resourceKey);

    /// <summary>An edge drawn in the clash colour: a write into a contended resource.</summary>
    public bool IsContendedWrite(ResourceEdge edge) => edge.Writes && Resource(edge.ResourceKey).Contention != ResourceContention.None;
}

/// <summary>A job that touches at least one resource; <see cref="Link"/> goes to where the job is defined.</summary>
public sealed record ResourceJob(string Id, string Title, string Framework, string? Link);

/// <summary>One resource: <see cref="Key"/> is the kind and the name, so a table and a file of the same name stay apart.</summary>
public sealed record ResourceNode(string Key, EffectKind Kind, string Name, ResourceContention Contention)
{
    /// <summary>The jobs that write it and the jobs that read it, for tooltips and the clash detection.</summary>
    public ImmutableArray<string> Writers { get; init; } = [];

    public ImmutableArray<string> Readers { get; init; } = [];

    /// <summary>Set when the name does not say what is shared (a DbContext that SaveChanges names): never flagged.</summary>
    public string? Unresolved { get; init; }
}

/// <summary>A job's use of a resource: the accesses merged, the API members, and the first effect's location and link.</summary>
public sealed record ResourceEdge(string JobId, string ResourceKey, EffectAccess Access, ImmutableArray<string> Operations, SourcePosition? Location)
{
    public string? Link { get; init; }

    public bool Writes => Access is EffectAccess.Write or EffectAccess.ReadWrite;

    public bool Reads => Access is EffectAccess.Read or EffectAccess.ReadWrite;

    /// <summary>R, W, RW, or "uses" for an access the model does not know (a process started).</summary>
    public string AccessLabel => Access switch
    {
        EffectAccess.Read => "R",
        EffectAccess.Write => "W",
        EffectAccess.ReadWrite => "RW",
        _ => "uses",
    };
}

public enum ResourceContention
{
    None,

    /// <summary>One job writes what another job reads.</summary>
    ReadWrite,

    /// <summary>Two or more jobs write it.</summary>
    WriteWrite,
}

/// <summary>The kinds of resources as the views group them, in the order they are drawn.</summary>
public static class ResourceGroups
{
    public static string Title(EffectKind kind) => kind switch
    {
        EffectKind.Database => "Tables",
        EffectKind.Http => "HTTP hosts and clients",
        EffectKind.Email => "Mailboxes",
        EffectKind.File => "Files and paths",
        EffectKind.Process => "Processes",
        EffectKind.Message => "Message types",
        _ => "Job queues",
    };

    /// <summary>
    /// Kinds whose writes change shared state. Sending an e-mail, publishing a message or enqueueing a job only adds to
    /// a queue: two senders do not overwrite each other, so those are never contended.
    /// </summary>
    public static bool CanContend(EffectKind kind) => kind is EffectKind.Database or EffectKind.Http or EffectKind.File;
}
