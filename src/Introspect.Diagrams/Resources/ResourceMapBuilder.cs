using System.Collections.Immutable;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;

namespace Introspect.Diagrams.Resources;

/// <summary>Reads the jobs × resources map from the process models of the catalog's jobs, and marks the contended resources.</summary>
public static class ResourceMapBuilder
{
    /// <param name="link">Links a source position to the code host (<see cref="SourceLinks.AsFunc"/>); null for no links.</param>
    public static ResourceMap Build(JobCatalog catalog, IReadOnlyCollection<string>? onlyJobIds = null, Func<SourcePosition, string?>? link = null)
    {
        var chosen = catalog.Jobs.Where(job => onlyJobIds is null || onlyJobIds.Count == 0 || onlyJobIds.Contains(job.Id)).ToList();
        var jobs = new List<ResourceJob>();
        var edges = new List<ResourceEdge>();
        var kinds = new Dictionary<string, (EffectKind Kind, string Name)>(StringComparer.Ordinal);
        foreach (var job in chosen)
        {
            if (job.Process is not { Resources.IsEmpty: false } process)
            {
                continue;
            }

            jobs.Add(new ResourceJob(job.Id, job.DisplayName, job.FrameworkName, link is null ? null : SourceLinkOf.Job(job, catalog, link)));
            var effects = process.AllEffects().ToList();
            foreach (var use in process.Resources)
            {
                var key = KeyOf(use.Kind, use.Resource);
                kinds[key] = (use.Kind, use.Resource);
                var first = effects.FirstOrDefault(effect => effect.Kind == use.Kind && effect.Resource == use.Resource && effect.Location is not null);
                edges.Add(new ResourceEdge(job.Id, key, use.Access, use.Operations, first?.Location)
                {
                    Link = first?.Location is { } location && link is not null ? link(location) : null,
                });
            }
        }

        var resources = kinds.Select(pair => Node(pair.Key, pair.Value.Kind, pair.Value.Name, edges.Where(edge => edge.ResourceKey == pair.Key).ToList()))
            .OrderBy(resource => resource.Kind)
            .ThenBy(resource => resource.Name, StringComparer.Ordinal);
        return new ResourceMap(
            [.. jobs.OrderBy(job => job.Title, StringComparer.Ordinal).ThenBy(job => job.Id, StringComparer.Ordinal)],
            [.. resources],
            [.. edges.OrderBy(edge => edge.JobId, StringComparer.Ordinal).ThenBy(edge => edge.ResourceKey, StringComparer.Ordinal)],
            chosen.Count - jobs.Count);
    }

    public static string KeyOf(EffectKind kind, string resource) => kind.ToString().ToLowerInvariant() + ":" + resource;

    private static ResourceNode Node(string key, EffectKind kind, string name, List<ResourceEdge> edges)
    {
        ImmutableArray<string> writers = [.. edges.Where(edge => edge.Writes).Select(edge => edge.JobId).Distinct().Order(StringComparer.Ordinal)];
        ImmutableArray<string> readers = [.. edges.Where(edge => edge.Reads).Select(edge => edge.JobId).Distinct().Order(StringComparer.Ordinal)];
        var unresolved = Unresolved(kind, name, edges);
        var contention = !ResourceGroups.CanContend(kind) || unresolved is not null ? ResourceContention.None
            : writers.Length >= 2 ? ResourceContention.WriteWrite
            : writers.Length == 1 && readers.Any(reader => reader != writers[0]) ? ResourceContention.ReadWrite
            : ResourceContention.None;
        return new ResourceNode(key, kind, name, contention) { Writers = writers, Readers = readers, Unresolved = unresolved };
    }

    /// <summary>
    /// Names that do not say what is shared: SaveChanges names the DbContext, not the tables of the entities it saves, and a
    /// bare "database" or HttpClient is SQL or a URL that was not visible. Two jobs behind the same such name need not
    /// touch the same thing, so they are drawn but not flagged.
    /// </summary>
    private static string? Unresolved(EffectKind kind, string name, List<ResourceEdge> edges) => kind switch
    {
        EffectKind.Database when edges.SelectMany(edge => edge.Operations).All(operation => operation.StartsWith("SaveChanges", StringComparison.Ordinal)) =>
            "SaveChanges names the DbContext, not its tables",
        EffectKind.Database when name == "database" => "the SQL was not visible",
        EffectKind.Http when name == "HttpClient" => "the client or host was not visible",
        _ => null,
    };
}
