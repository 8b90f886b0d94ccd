// expect: none
// case: BackgroundService timer loop that lets shutdown end it and logs every other failure
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ops.Monitoring;

public interface IProxyChecker
{
    Task SilenceHostsOfSilentProxiesAsync(CancellationToken cancellationToken);
}

public sealed class ProxyWatchdog(IProxyChecker checker, ILogger<ProxyWatchdog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await checker.SilenceHostsOfSilentProxiesAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Proxy watchdog check failed; retrying on the next tick");
            }
        }
    }
}
