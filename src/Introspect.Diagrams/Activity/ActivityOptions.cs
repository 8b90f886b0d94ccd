using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;

namespace Introspect.Diagrams.Activity;

/// <summary>How a job's activity diagram is drawn: how many nodes at most, and where its nodes link to.</summary>
public sealed record ActivityOptions
{
    public const int DefaultMaxNodes = 60;

    /// <summary>At most this many nodes are drawn; the rest are folded into "N steps hidden" markers.</summary>
    public int MaxNodes { get; init; } = DefaultMaxNodes;

    /// <summary>The URL of a place in the source (a step's call); null draws the node without a link.</summary>
    public Func<SourcePosition, string?>? SourceLink { get; init; }

    /// <summary>The URL of a job's page, by job id; null draws an enqueued job without a link.</summary>
    public Func<string, string?>? JobLink { get; init; }

    /// <summary>The jobs an enqueue effect may name, to show the job's name and link to it.</summary>
    public IReadOnlyList<Job> KnownJobs { get; init; } = [];
}
