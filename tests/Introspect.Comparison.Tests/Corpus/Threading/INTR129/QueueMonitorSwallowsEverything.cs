// expect: INTR129
// case: BackgroundService loop whose catch-all counts the failure and goes on without logging it
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Ops.Backups;

public interface IBackupQueues
{
    Task CheckAsync(CancellationToken cancellationToken);
}

public sealed class BackupQueueMonitor(IBackupQueues queues) : BackgroundService
{
    public int Failures { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queues.CheckAsync(stoppingToken);
            }
            catch (Exception)
            {
                Failures++;
            }

            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        }
    }
}
