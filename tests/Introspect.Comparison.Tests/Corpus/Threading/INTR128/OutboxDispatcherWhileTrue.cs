// expect: INTR128
// case: BackgroundService outbox loop: while (true), every await without the stopping token
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ops.Alerts;

public interface IAlertOutbox
{
    Task<int> DispatchPendingAsync(CancellationToken cancellationToken = default);
}

public sealed class AlertOutboxDispatcher(IAlertOutbox outbox, ILogger<AlertOutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                var sent = await outbox.DispatchPendingAsync(CancellationToken.None);
                logger.LogInformation("Dispatched {Count} alerts", sent);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Alert dispatch failed");
            }

            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }
}
