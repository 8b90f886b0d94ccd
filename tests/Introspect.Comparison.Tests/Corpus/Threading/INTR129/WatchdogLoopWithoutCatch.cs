// expect: INTR129
// case: BackgroundService timer loop with no catch: one failed check stops the host
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Ops.Monitoring;

public interface IProxyChecker
{
    Task SilenceHostsOfSilentProxiesAsync(CancellationToken cancellationToken);
}

public sealed class ProxyWatchdog(IProxyChecker checker) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await checker.SilenceHostsOfSilentProxiesAsync(stoppingToken);
        }
    }
}
