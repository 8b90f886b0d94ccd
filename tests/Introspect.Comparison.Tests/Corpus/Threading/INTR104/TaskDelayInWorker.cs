// expect: none
// case: BackgroundService loop that waits with await Task.Delay and the stopping token
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Ops.Monitoring;

public interface IUptimeChecker
{
    Task CheckAsync(CancellationToken cancellationToken);
}

public sealed class UptimeWorker(IUptimeChecker checker) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await checker.CheckAsync(stoppingToken);
            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        }
    }
}
