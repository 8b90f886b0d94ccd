namespace Introspect.Core.Jobs;

/// <summary>How one job starts another: by enqueueing or scheduling it from its code, or as a continuation.</summary>
public enum JobEdgeKind
{
    Enqueues,
    Schedules,
    /// <summary>From is the parent job; To runs when it has finished (Hangfire's ContinueJobWith).</summary>
    ContinuesWith,
}

/// <summary>An edge between two jobs of the catalog, read "From Kind To" (the jobs diagram draws these).</summary>
public sealed record JobEdge(string From, string To, JobEdgeKind Kind);

public static class JobEdges
{
    /// <summary>Every edge the triggers describe, once each, in a stable order.</summary>
    public static IReadOnlyList<JobEdge> From(JobCatalog catalog) =>
        [.. catalog.Jobs.SelectMany(job => job.Triggers.SelectMany(trigger => Edges(job, trigger)))
            .Distinct()
            .OrderBy(edge => edge.From, StringComparer.Ordinal)
            .ThenBy(edge => edge.To, StringComparer.Ordinal)
            .ThenBy(edge => edge.Kind)];

    private static IEnumerable<JobEdge> Edges(Job job, JobTrigger trigger)
    {
        if (trigger.Kind == TriggerKind.Continuation && trigger.ParentJobId is { } parent)
        {
            yield return new JobEdge(parent, job.Id, JobEdgeKind.ContinuesWith);
        }
        else if (trigger.Source?.JobId is { } from)
        {
            yield return new JobEdge(from, job.Id, trigger.Kind == TriggerKind.Delayed ? JobEdgeKind.Schedules : JobEdgeKind.Enqueues);
        }
    }
}
