using System.Collections.Immutable;
using Introspect.Core.Jobs.Process;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs.Discovery;

/// <summary>Reads the process model of every discovered job from its entry method, all over one shared index of the solution.</summary>
internal static class JobProcessModels
{
    public static async Task<ImmutableArray<DiscoveredJob>> AttachAsync(
        Solution solution, ImmutableArray<DiscoveredJob> jobs, ProcessModelOptions options, CancellationToken cancellationToken)
    {
        var withEntry = jobs.Where(job => job.EntryMethod is not null).ToList();
        if (withEntry.Count == 0)
        {
            return jobs;
        }

        var models = await ProcessModelBuilder.BuildAllAsync(withEntry.Select(job => job.EntryMethod!), solution, options, cancellationToken)
            .ConfigureAwait(false);

        // The models come back in the order of the entries: the n-th job with an entry method gets the n-th model.
        var next = 0;
        return [.. jobs.Select(job => job.EntryMethod is null ? job : job with { Job = job.Job with { Process = models[next++] } })];
    }
}
