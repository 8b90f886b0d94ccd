// expect: none
// case: BackgroundService loop that waits with await Task.Delay and the stopping token
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ops.Monitoring;

public interface IUptimeChecker
{
    Task CheckAsync(CancellationToken cancellationToken);
}

public sealed class UptimeWorker(IUptimeChecker checker, ILogger<UptimeWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await checker.CheckAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Uptime check failed");
            }

            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        }
    }
}
