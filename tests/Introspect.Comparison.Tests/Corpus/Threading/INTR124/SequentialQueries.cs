// expect: none
// case: the rebalancing job awaiting its two queries on one DbContext one after the other
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
        var proxies = await db.Proxies.Where(p => p.IsEnabled).ToListAsync(cancellationToken);
        var hosts = await db.Hosts.ToListAsync(cancellationToken);
        for (var i = 0; i < hosts.Count && proxies.Count > 0; i++)
        {
            hosts[i].ProxyId = proxies[i % proxies.Count].Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
