// expect: INTR124
// case: a Hangfire job whose Parallel.ForEachAsync body queries and saves through the job's one DbContext
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;
using Microsoft.EntityFrameworkCore;

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

public sealed class ProxyDisableJob(MonitoringDbContext db)
{
    [AutomaticRetry(Attempts = 1)]
    public Task DisableAsync(IReadOnlyList<int> proxyIds, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(proxyIds, cancellationToken, async (id, token) =>
        {
            var proxy = await db.Proxies.SingleAsync(p => p.Id == id, token);
            proxy.IsEnabled = false;
            await db.SaveChangesAsync(token);
        });
}
