// expect: INTR106
// case: awaiting Task.Factory.StartNew(async ...) finishes at the lambda's first await (Task<Task>)
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Replication;

public interface IReplicaSync
{
    Task SyncAsync(string replica, CancellationToken cancellationToken);
}

public sealed class ReplicaCoordinator(IReplicaSync sync)
{
    public async Task SyncReplicaAsync(string replica, CancellationToken cancellationToken)
    {
        await Task.Factory.StartNew(async () => await sync.SyncAsync(replica, cancellationToken));
    }
}
