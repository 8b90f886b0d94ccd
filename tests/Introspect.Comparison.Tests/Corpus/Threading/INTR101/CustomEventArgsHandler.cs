// expect: none
// case: async void handler of an EventHandler<SnapshotCompletedEventArgs> event, exceptions caught
using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Ops.Backups;

public sealed class SnapshotCompletedEventArgs(string snapshotId) : EventArgs
{
    public string SnapshotId { get; } = snapshotId;
}

public sealed class SnapshotRunner
{
    public event EventHandler<SnapshotCompletedEventArgs>? Completed;

    public void Finish(string snapshotId) => Completed?.Invoke(this, new SnapshotCompletedEventArgs(snapshotId));
}

public interface IReplicationQueue
{
    Task EnqueueAsync(string snapshotId);
}

public sealed class OffsiteReplication(SnapshotRunner runner, IReplicationQueue queue, ILogger<OffsiteReplication> logger)
{
    public void Start() => runner.Completed += OnSnapshotCompleted;

    private async void OnSnapshotCompleted(object? sender, SnapshotCompletedEventArgs e)
    {
        try
        {
            await queue.EnqueueAsync(e.SnapshotId);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not queue {SnapshotId} for replication", e.SnapshotId);
        }
    }
}
