// expect: INTR101
// case: private async void helper called from a Quartz job
using System.Threading;
using System.Threading.Tasks;
using Quartz;

namespace Ops.Retention;

public interface IRetentionStore
{
    Task PurgeOlderThanAsync(int days, CancellationToken cancellationToken);
}

public sealed class RetentionJob(IRetentionStore store) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        Purge(cancellationToken);
        return ValueTask.CompletedTask;
    }

    private async void Purge(CancellationToken cancellationToken)
    {
        await store.PurgeOlderThanAsync(30, cancellationToken);
    }
}
