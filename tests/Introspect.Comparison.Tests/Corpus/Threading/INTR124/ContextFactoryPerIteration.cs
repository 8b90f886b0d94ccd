// expect: none
// case: the Hangfire job's Parallel.ForEachAsync body creates its own context from IDbContextFactory per iteration
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

public sealed class ProxyDisableJob(IDbContextFactory<MonitoringDbContext> dbFactory)
{
    [AutomaticRetry(Attempts = 1)]
    public Task DisableAsync(IReadOnlyList<int> proxyIds, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(proxyIds, cancellationToken, async (id, token) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            var proxy = await db.Proxies.SingleAsync(p => p.Id == id, token);
            proxy.IsEnabled = false;
            await db.SaveChangesAsync(token);
        });
}
