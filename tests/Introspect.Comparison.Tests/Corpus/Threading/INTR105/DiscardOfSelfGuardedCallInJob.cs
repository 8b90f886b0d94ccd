// expect: none
// case: _ = discard in a Quartz job of its own method that catches and logs every failure
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Ops.Reporting;

public interface IDashboardCache
{
    Task RefreshAsync(CancellationToken cancellationToken);
}

public sealed class DashboardRefreshJob(IDashboardCache cache, ILogger<DashboardRefreshJob> logger) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        _ = RefreshSafelyAsync(cancellationToken);
        return ValueTask.CompletedTask;
    }

    private async Task RefreshSafelyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await cache.RefreshAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Dashboard refresh failed");
        }
    }
}
