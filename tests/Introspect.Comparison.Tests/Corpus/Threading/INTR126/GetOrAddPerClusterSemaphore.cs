// expect: none
// case: a snapshot job that takes its per-cluster semaphore with GetOrAdd
using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Snapshots;

public interface ISnapshotApi
{
    Task SnapshotAsync(string cluster, string volume, CancellationToken cancellationToken);
}

public sealed class SnapshotRunner(ISnapshotApi api)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Slots = new(StringComparer.OrdinalIgnoreCase);

    public async Task RunAsync(string cluster, string volume, CancellationToken cancellationToken)
    {
        var slot = Slots.GetOrAdd(cluster, _ => new SemaphoreSlim(4, 4));
        await slot.WaitAsync(cancellationToken);
        try
        {
            await api.SnapshotAsync(cluster, volume, cancellationToken);
        }
        finally
        {
            slot.Release();
        }
    }
}
