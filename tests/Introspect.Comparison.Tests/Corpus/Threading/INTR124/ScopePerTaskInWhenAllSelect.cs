// expect: none
// case: the async lambdas of Task.WhenAll(ids.Select(...)) each resolve a DbContext from a scope of their own
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

public sealed class HostDetacher(IServiceScopeFactory scopeFactory)
{
    public Task DetachAsync(IReadOnlyList<int> hostIds) =>
        Task.WhenAll(hostIds.Select(async id =>
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MonitoringDbContext>();
            var host = await db.Hosts.SingleAsync(h => h.Id == id);
            host.ProxyId = null;
            await db.SaveChangesAsync();
        }));
}
