using System.Collections.Immutable;
using System.Globalization;
using Introspect.Core.Jobs;

namespace Introspect.Diagrams.Chain;

/// <summary>Reads the chain graph from the job catalog's triggers: who enqueues, schedules, continues or messages whom.</summary>
public static class ChainGraphBuilder
{
    /// <param name="link">Links a source position to the code host (<see cref="SourceLinks.AsFunc"/>); null for no links.</param>
    public static ChainGraph Build(JobCatalog catalog, IReadOnlyCollection<string>? onlyJobIds = null, Func<Introspect.Core.Jobs.Process.SourcePosition, string?>? link = null)
    {
        var jobIds = catalog.Jobs.Select(job => job.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = new Dictionary<string, ChainNode>(StringComparer.Ordinal);
        var edges = new HashSet<ChainEdge>();

        foreach (var job in catalog.Jobs)
        {
            nodes[job.Id] = JobNode(job, catalog, jobIds);
            foreach (var trigger in job.Triggers)
            {
                if (EdgeInto(job, trigger, jobIds, nodes) is { } edge)
                {
                    edges.Add(edge);
                }
            }
        }

        var linked = link is null ? nodes.Values : nodes.Values.Select(node => node with { Link = SourceLinkOf.Location(node.Source, catalog, link) });
        var graph = new ChainGraph(
            [.. linked.OrderBy(node => node.Kind).ThenBy(node => node.Id, StringComparer.Ordinal)],
            [.. edges.OrderBy(edge => edge.From, StringComparer.Ordinal).ThenBy(edge => edge.To, StringComparer.Ordinal).ThenBy(edge => edge.Kind)]);
        return onlyJobIds is null || onlyJobIds.Count == 0 ? graph : Connected(graph, onlyJobIds);
    }

    private static ChainNode JobNode(Job job, JobCatalog catalog, HashSet<string> jobIds)
    {
        var trigger = job.Triggers.IsEmpty ? "no trigger found" : string.Join("; ", job.Triggers.Select(TriggerWords).Distinct(StringComparer.Ordinal));
        return new ChainNode(job.Id, ChainNodeKind.Job, job.DisplayName, job.FrameworkName, trigger, job.Location.ToString())
        {
            DeadEnd = DeadEnd(job, catalog, jobIds),
            Source = job.Location,
        };
    }

    /// <summary>Short words for a node: enqueues and continuations are drawn as edges, so they are named, not described.</summary>
    private static string TriggerWords(JobTrigger trigger) => trigger.Kind switch
    {
        TriggerKind.Enqueued => "enqueued",
        TriggerKind.Delayed => "scheduled with a delay",
        TriggerKind.Continuation => "continuation",
        TriggerKind.Message => "on message",
        TriggerKind.Cron when trigger.Cron is { IsValid: false } cron => $"invalid cron '{cron.Expression}'",
        _ => trigger.Description,
    };

    private static string? DeadEnd(Job job, JobCatalog catalog, HashSet<string> jobIds)
    {
        if (!job.IsRegistered)
        {
            return "never registered: it never runs";
        }

        foreach (var trigger in job.Triggers.Where(trigger => trigger.Kind == TriggerKind.Continuation))
        {
            if (trigger.ParentJobId is not { } parent || !jobIds.Contains(parent))
            {
                return "continues a job that is not in the catalog";
            }

            if (!catalog.Jobs.First(candidate => candidate.Id == parent).Triggers.Any(StartsOnItsOwn))
            {
                return "continues a job nobody starts";
            }
        }

        return null;
    }

    private static bool StartsOnItsOwn(JobTrigger trigger) => trigger.Kind != TriggerKind.Continuation || trigger.ParentJobId is not null;

    private static ChainEdge? EdgeInto(Job job, JobTrigger trigger, HashSet<string> jobIds, Dictionary<string, ChainNode> nodes)
    {
        switch (trigger.Kind)
        {
            case TriggerKind.Continuation when trigger.ParentJobId is { } parent && jobIds.Contains(parent):
                return new ChainEdge(parent, job.Id, ChainEdgeKind.Continuation, Loop("continuation", trigger), trigger.InLoop);
            case TriggerKind.Enqueued or TriggerKind.Delayed when trigger.Source is { } source:
                var from = SourceNode(source, jobIds, nodes);
                var kind = trigger.Kind == TriggerKind.Delayed ? ChainEdgeKind.Schedule : ChainEdgeKind.Enqueue;
                var words = kind == ChainEdgeKind.Schedule ? $"schedule{Delay(trigger.Delay)}" : "enqueue";
                return new ChainEdge(from, job.Id, kind, Loop(trigger.Queue is { } queue ? $"{words} (queue {queue})" : words, trigger), trigger.InLoop);
            case TriggerKind.Message when trigger.MessageType is { } message:
                var messageId = "message:" + message;
                nodes.TryAdd(messageId, new ChainNode(messageId, ChainNodeKind.Message, Short(message), null, "message", null));
                return new ChainEdge(messageId, job.Id, ChainEdgeKind.Publish, "consume", false);
            default:
                return null;
        }
    }

    private static string SourceNode(TriggerSource source, HashSet<string> jobIds, Dictionary<string, ChainNode> nodes)
    {
        if (source.JobId is { } jobId && jobIds.Contains(jobId))
        {
            return jobId;
        }

        var (id, node) = source.Endpoint is { } endpoint
            ? ("endpoint:" + endpoint, new ChainNode("endpoint:" + endpoint, ChainNodeKind.Endpoint, endpoint, null, "HTTP endpoint", source.Location?.ToString()) { Source = source.Location })
            : ("code:" + source.Caller, new ChainNode("code:" + source.Caller, ChainNodeKind.Code, Short(source.Caller, 2), null, "code", source.Location?.ToString()) { Source = source.Location });
        nodes.TryAdd(id, node);
        return id;
    }

    private static string Loop(string words, JobTrigger trigger) => trigger.InLoop ? $"{words}, once per item of a loop" : words;

    private static string Delay(TimeSpan? delay) =>
        delay is { } value ? " after " + value.ToString("c", CultureInfo.InvariantCulture) : string.Empty;

    private static string Short(string name, int parts = 1) => string.Join('.', name.Split('.').TakeLast(parts));

    /// <summary>Only what is connected to the chosen jobs, in either direction.</summary>
    private static ChainGraph Connected(ChainGraph graph, IReadOnlyCollection<string> jobIds)
    {
        var keep = new HashSet<string>(jobIds, StringComparer.Ordinal);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var edge in graph.Edges)
            {
                changed |= keep.Contains(edge.From) && keep.Add(edge.To);
                changed |= keep.Contains(edge.To) && keep.Add(edge.From);
            }
        }

        return new ChainGraph(
            [.. graph.Nodes.Where(node => keep.Contains(node.Id))],
            [.. graph.Edges.Where(edge => keep.Contains(edge.From) && keep.Contains(edge.To))]);
    }
}
