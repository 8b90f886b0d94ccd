// expect: INTR101, INTR129
// case: async void local function that flushes metrics inside a BackgroundService
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Ops.Monitoring;

public interface IMetricsSink
{
    Task FlushAsync(CancellationToken cancellationToken);
}

public sealed class MetricsFlushWorker(IMetricsSink sink) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Flush();
            await Task.Delay(30_000, stoppingToken);
        }

        async void Flush()
        {
            await sink.FlushAsync(stoppingToken);
        }
    }
}
