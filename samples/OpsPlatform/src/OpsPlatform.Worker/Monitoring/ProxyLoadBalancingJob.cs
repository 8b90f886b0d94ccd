using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Integrations.Monitoring;
using Quartz;

namespace OpsPlatform.Worker.Monitoring;

/// <summary>
/// Spreads monitored hosts over the enabled proxies in proportion to their capacity, so that a
/// proxy that was added (or came back) takes its share and an overloaded one is relieved.
/// </summary>
public sealed class ProxyLoadBalancingJob(
    OpsDbContext db,
    IMonitoringApi monitoring,
    ILogger<ProxyLoadBalancingJob> logger) : IJob
{
    /// <summary>Moving a host makes it miss a few polls, so small imbalances are left alone.</summary>
    private const double Tolerance = 0.10;

    private int _hostsMoved;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var (proxies, hosts) = await LoadTopologyAsync(cancellationToken);
        if (proxies.Count < 2)
        {
            return;
        }

        // Planning walks every host for every proxy: CPU-bound, so it runs as a thread-pool work item of its own.
        var moves = await Task.Run(() => PlanMoves(proxies, hosts), cancellationToken);
        if (moves.Count == 0)
        {
            logger.LogDebug("Proxy load is balanced ({HostCount} hosts on {ProxyCount} proxies)", hosts.Count, proxies.Count);
            return;
        }

        var failed = await ApplyMovesAsync(moves, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation(
            "Rebalanced monitoring proxies: moved {Moved} hosts, {Failed} moves failed",
            _hostsMoved, failed.Count);
    }

    private async Task<(List<MonitoringProxy> Proxies, List<MonitoredHost> Hosts)> LoadTopologyAsync(CancellationToken cancellationToken)
    {
        var proxiesQuery = db.MonitoringProxies
            .Where(p => p.IsEnabled && p.LastHeartbeatAt != null)
            .ToListAsync(cancellationToken);
        var hostsQuery = db.MonitoredHosts
            .Where(h => h.ExternalHostId != null && h.SyncEnabled)
            .ToListAsync(cancellationToken);

        await Task.WhenAll(proxiesQuery, hostsQuery);

        return (await proxiesQuery, await hostsQuery);
    }

    private static List<HostMove> PlanMoves(List<MonitoringProxy> proxies, List<MonitoredHost> hosts)
    {
        var totalCapacity = proxies.Sum(p => p.MaxHosts);
        if (totalCapacity == 0)
        {
            return [];
        }

        var target = proxies.ToDictionary(
            p => p.Id,
            p => (int)Math.Ceiling(hosts.Count * (double)p.MaxHosts / totalCapacity));
        var load = proxies.ToDictionary(p => p.Id, p => hosts.Count(h => h.ProxyId == p.Id));

        // Hosts on a disabled or unknown proxy always move; others only from proxies above target.
        var toMove = new Queue<MonitoredHost>(hosts.Where(h => h.ProxyId is null || !target.ContainsKey(h.ProxyId.Value)));
        foreach (var proxy in proxies)
        {
            var excess = load[proxy.Id] - target[proxy.Id];
            if (excess > target[proxy.Id] * Tolerance)
            {
                foreach (var host in hosts.Where(h => h.ProxyId == proxy.Id).OrderByDescending(h => h.Id).Take(excess))
                {
                    toMove.Enqueue(host);
                    load[proxy.Id]--;
                }
            }
        }

        var moves = new List<HostMove>();
        foreach (var proxy in proxies.OrderBy(p => load[p.Id] - target[p.Id]))
        {
            while (load[proxy.Id] < target[proxy.Id] && toMove.TryDequeue(out var host))
            {
                moves.Add(new HostMove(host, proxy));
                load[proxy.Id]++;
            }
        }

        return moves;
    }

    private async Task<IReadOnlyCollection<HostMove>> ApplyMovesAsync(List<HostMove> moves, CancellationToken cancellationToken)
    {
        var failed = new ConcurrentBag<HostMove>();
        var parallelOptions = new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken };

        await Parallel.ForEachAsync(moves.GroupBy(m => m.Target), parallelOptions, async (group, ct) =>
        {
            var batch = group.ToList();
            try
            {
                await monitoring.AssignHostsToProxyAsync(
                    group.Key.ExternalProxyId,
                    batch.Select(m => m.Host.ExternalHostId!).ToList(),
                    ct);

                foreach (var move in batch)
                {
                    move.Host.ProxyId = group.Key.Id;
                    Interlocked.Increment(ref _hostsMoved);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or MonitoringApiException)
            {
                logger.LogWarning(ex, "Could not move {HostCount} hosts to proxy {ProxyName}", batch.Count, group.Key.Name);
                foreach (var move in batch)
                {
                    failed.Add(move);
                }
            }
        });

        return failed;
    }

    private sealed record HostMove(MonitoredHost Host, MonitoringProxy Target);
}
