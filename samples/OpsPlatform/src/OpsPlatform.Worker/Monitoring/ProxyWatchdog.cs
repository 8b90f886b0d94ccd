using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Integrations.Monitoring;

namespace OpsPlatform.Worker.Monitoring;

/// <summary>
/// When a monitoring proxy stops reporting, every host behind it looks down and the NOC gets
/// hundreds of alerts. This watchdog puts the hosts of a silent proxy into maintenance instead.
/// </summary>
public sealed class ProxyWatchdog(
    IServiceScopeFactory scopeFactory,
    IOptions<ProxyWatchdogOptions> options,
    TimeProvider clock,
    ILogger<ProxyWatchdog> logger) : BackgroundService
{
    // Only touched from ExecuteAsync, one tick at a time.
    private readonly Dictionary<int, DateTimeOffset> _silencedUntil = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OpsDbContext>();
                var monitoring = scope.ServiceProvider.GetRequiredService<IMonitoringApi>();

                await SilenceHostsOfSilentProxiesAsync(db, monitoring, stoppingToken);
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

    private async Task SilenceHostsOfSilentProxiesAsync(OpsDbContext db, IMonitoringApi monitoring, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var cutoff = now - settings.HeartbeatTimeout;

        var silentProxies = await db.MonitoringProxies
            .Where(p => p.IsEnabled && (p.LastHeartbeatAt == null || p.LastHeartbeatAt < cutoff))
            .ToListAsync(cancellationToken);

        foreach (var recovered in _silencedUntil.Keys.Except(silentProxies.Select(p => p.Id)).ToList())
        {
            _silencedUntil.Remove(recovered);
            logger.LogInformation("Monitoring proxy {ProxyId} is reporting again", recovered);
        }

        foreach (var proxy in silentProxies)
        {
            // Renew the maintenance a few minutes before it runs out while the proxy stays down.
            if (_silencedUntil.TryGetValue(proxy.Id, out var until) && until - now > TimeSpan.FromMinutes(5))
            {
                continue;
            }

            var hosts = await db.MonitoredHosts
                .Where(h => h.ProxyId == proxy.Id && h.ExternalHostId != null)
                .ToListAsync(cancellationToken);

            var maintenanceEnd = now + settings.MaintenanceDuration;
            if (hosts.Count > 0)
            {
                await monitoring.CreateMaintenanceAsync(
                    new MaintenanceRequest(
                        $"Proxy {proxy.Name} not reporting",
                        hosts.Select(h => h.ExternalHostId!).ToList(),
                        now,
                        maintenanceEnd,
                        CollectData: true,
                        Description: $"Set by the proxy watchdog; last heartbeat {proxy.LastHeartbeatAt:u}."),
                    cancellationToken);

                foreach (var host in hosts)
                {
                    host.InMaintenanceUntil = maintenanceEnd;
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            _silencedUntil[proxy.Id] = maintenanceEnd;
            logger.LogWarning(
                "Monitoring proxy {ProxyName} has not reported since {LastHeartbeat}; {HostCount} hosts in maintenance until {Until}",
                proxy.Name, proxy.LastHeartbeatAt, hosts.Count, maintenanceEnd);
        }
    }
}

public sealed class ProxyWatchdogOptions
{
    public const string SectionName = "ProxyWatchdog";

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A proxy whose last heartbeat is older than this is considered down.</summary>
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Length of the maintenance period put on the hosts of a proxy that is down; renewed while it stays down.</summary>
    public TimeSpan MaintenanceDuration { get; set; } = TimeSpan.FromMinutes(30);
}
