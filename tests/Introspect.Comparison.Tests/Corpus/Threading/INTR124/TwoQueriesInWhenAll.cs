// expect: INTR124
// case: a Quartz rebalancing job loading proxies and hosts from one DbContext "in parallel" with Task.WhenAll
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Ops.Monitoring;

public sealed class Proxy
{
    public int Id { get; set; }
    public bool IsEnabled { get; set; }
}

public sealed class Host
{
    public int Id { get; set; }
    public int? ProxyId { get; set; }
}

public sealed class MonitoringDbContext(DbContextOptions<MonitoringDbContext> options) : DbContext(options)
{
    public DbSet<Proxy> Proxies => Set<Proxy>();
    public DbSet<Host> Hosts => Set<Host>();
}

public sealed class RebalanceJob(MonitoringDbContext db) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var proxiesQuery = db.Proxies.Where(p => p.IsEnabled).ToListAsync(cancellationToken);
        var hostsQuery = db.Hosts.ToListAsync(cancellationToken);
        await Task.WhenAll(proxiesQuery, hostsQuery);

        Rebalance(await proxiesQuery, await hostsQuery);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Rebalance(List<Proxy> proxies, List<Host> hosts)
    {
        for (var i = 0; i < hosts.Count && proxies.Count > 0; i++)
        {
            hosts[i].ProxyId = proxies[i % proxies.Count].Id;
        }
    }
}
