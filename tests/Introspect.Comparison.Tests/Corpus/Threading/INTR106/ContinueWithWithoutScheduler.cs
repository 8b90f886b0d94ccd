// expect: INTR106
// case: ContinueWith that logs a failed upload, running on TaskScheduler.Current
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Ops.Backups;

public interface IOffsiteCopy
{
    Task CopyAsync(string snapshotId);
}

public sealed class OffsiteCopyStarter(IOffsiteCopy copy, ILogger<OffsiteCopyStarter> logger)
{
    public Task Start(string snapshotId) =>
        copy.CopyAsync(snapshotId).ContinueWith(
            failed => logger.LogError(failed.Exception, "Offsite copy of {SnapshotId} failed", snapshotId),
            TaskContinuationOptions.OnlyOnFaulted);
}
