// expect: none
// case: BackgroundService that must stop the host on failure says so: it logs and rethrows around the loop
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ops.Scheduling;

public interface ILeaseRenewer
{
    Task RenewAsync(CancellationToken cancellationToken);
}

public sealed class SchedulerLeaseKeeper(ILeaseRenewer renewer, ILogger<SchedulerLeaseKeeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await renewer.RenewAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical(ex, "Lost the scheduler lease; stopping the host so another node takes over");
            throw;
        }
    }
}
