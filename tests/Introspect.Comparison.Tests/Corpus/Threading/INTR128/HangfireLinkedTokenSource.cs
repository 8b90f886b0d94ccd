// expect: none
// case: Hangfire job waits on a token linked to its shutdown token with a deadline of its own
using System;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;

namespace Ops.Snapshots;

public interface IStorageApi
{
    Task<bool> IsSnapshotDoneAsync(string snapshotId, CancellationToken cancellationToken);
}

public sealed class SnapshotJob(IStorageApi storage)
{
    [AutomaticRetry(Attempts = 2)]
    public async Task WaitForSnapshotAsync(string snapshotId, IJobCancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation.ShutdownToken);
        deadline.CancelAfter(TimeSpan.FromHours(2));
        var token = deadline.Token;
        while (!await storage.IsSnapshotDoneAsync(snapshotId, token))
        {
            await Task.Delay(TimeSpan.FromSeconds(30), token);
        }
    }
}
