// expect: none
// case: a Hangfire snapshot job keeping its per-run cache in an instance field (Hangfire creates the job per run) and its settings in a static readonly array
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;

namespace Ops.Snapshots;

public interface IStorageApi
{
    Task<string> GetClusterAsync(int serverId, CancellationToken cancellationToken);
    Task SnapshotAsync(string cluster, int serverId, CancellationToken cancellationToken);
}

public sealed class SnapshotBatchJob(IStorageApi storage)
{
    private static readonly string[] s_skippedClusters = ["lab"];
    private readonly Dictionary<int, string> _clusterByServer = new();

    [Queue("snapshots")]
    public async Task RunAsync(IReadOnlyList<int> serverIds, CancellationToken cancellationToken)
    {
        foreach (var serverId in serverIds)
        {
            var cluster = await storage.GetClusterAsync(serverId, cancellationToken);
            _clusterByServer[serverId] = cluster;
            if (System.Array.IndexOf(s_skippedClusters, cluster) < 0)
            {
                await storage.SnapshotAsync(cluster, serverId, cancellationToken);
            }
        }
    }
}
