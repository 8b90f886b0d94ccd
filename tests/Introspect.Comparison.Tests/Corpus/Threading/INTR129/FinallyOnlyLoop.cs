// expect: INTR129
// case: BackgroundService loop with try/finally only: the finally runs, then the exception ends the service
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Ops.Billing;

public interface IUsageExporter
{
    Task ExportNextBatchAsync(CancellationToken cancellationToken);
}

public sealed class UsageExportWorker(IUsageExporter exporter) : BackgroundService
{
    public bool Busy { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Busy = true;
            try
            {
                await exporter.ExportNextBatchAsync(stoppingToken);
            }
            finally
            {
                Busy = false;
            }

            await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
        }
    }
}
