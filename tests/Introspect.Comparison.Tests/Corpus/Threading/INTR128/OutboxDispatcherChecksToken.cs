// expect: none
// case: the outbox loop checks the stopping token in its condition; the send itself keeps CancellationToken.None
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
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A batch in flight is finished even during shutdown; the loop stops before the next one.
                await outbox.DispatchPendingAsync(CancellationToken.None);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Alert dispatch failed");
            }
        }
    }
}
