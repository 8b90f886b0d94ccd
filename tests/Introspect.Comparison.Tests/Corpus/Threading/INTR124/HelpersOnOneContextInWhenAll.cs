// expect: INTR124
// case: a dashboard refresh awaiting two helper methods together, both querying the class's one DbContext field
using System.Threading;
using System.Threading.Tasks;
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

public sealed class DashboardRefresher
{
    private readonly MonitoringDbContext _db;

    public DashboardRefresher(MonitoringDbContext db) => _db = db;

    public async Task<(int Proxies, int Hosts)> CountAsync(CancellationToken cancellationToken)
    {
        var proxies = CountProxiesAsync(cancellationToken);
        var hosts = CountHostsAsync(cancellationToken);
        await Task.WhenAll(proxies, hosts);
        return (await proxies, await hosts);
    }

    private Task<int> CountProxiesAsync(CancellationToken cancellationToken) => _db.Proxies.CountAsync(p => p.IsEnabled, cancellationToken);

    private Task<int> CountHostsAsync(CancellationToken cancellationToken) => _db.Hosts.CountAsync(cancellationToken);
}
