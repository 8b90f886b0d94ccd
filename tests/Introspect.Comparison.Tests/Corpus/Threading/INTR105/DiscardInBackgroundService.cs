// expect: INTR105, INTR129
// case: _ = discard of an external notification call inside a BackgroundService loop
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Ops.Alerting;

public interface IChatNotifier
{
    Task PostAsync(string channel, string text, CancellationToken cancellationToken);
}

public interface IDiskMonitor
{
    Task<double> FreeRatioAsync(CancellationToken cancellationToken);
}

public sealed class DiskSpaceWorker(IDiskMonitor disks, IChatNotifier chat) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var free = await disks.FreeRatioAsync(stoppingToken);
            if (free < 0.1)
            {
                _ = chat.PostAsync("#ops", $"Disk space low: {free:P0} free", stoppingToken);
            }

            await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
        }
    }
}
