// expect: INTR128
// case: Hangfire job polls a storage snapshot until done and never looks at its IJobCancellationToken
using System;
using System.Threading.Tasks;
using Hangfire;

namespace Ops.Snapshots;

public interface IStorageApi
{
    Task<bool> IsSnapshotDoneAsync(string snapshotId);
}

public sealed class SnapshotJob(IStorageApi storage)
{
    [AutomaticRetry(Attempts = 2)]
    public async Task WaitForSnapshotAsync(string snapshotId, IJobCancellationToken cancellation)
    {
        var done = false;
        while (!done)
        {
            done = await storage.IsSnapshotDoneAsync(snapshotId);
            await Task.Delay(TimeSpan.FromSeconds(30));
        }
    }
}
