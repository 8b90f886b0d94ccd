// expect: none
// case: StartNew(async ...) with TaskScheduler.Default and .Unwrap(), so the await sees the whole sync
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
        await Task.Factory.StartNew(
                async () => await sync.SyncAsync(replica, cancellationToken),
                cancellationToken,
                TaskCreationOptions.DenyChildAttach,
                TaskScheduler.Default)
            .Unwrap();
    }
}
