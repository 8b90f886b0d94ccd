// expect: none
// case: BackgroundService loop whose catch-all hands the exception to a telemetry client instead of an ILogger
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Ops.Raid;

public interface ITelemetry
{
    void TrackException(Exception exception);
}

public interface IRaidPoller
{
    Task PollAsync(CancellationToken cancellationToken);
}

public sealed class RaidStatusWorker(IRaidPoller poller, ITelemetry telemetry) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await poller.PollAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                telemetry.TrackException(ex);
            }

            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        }
    }
}
