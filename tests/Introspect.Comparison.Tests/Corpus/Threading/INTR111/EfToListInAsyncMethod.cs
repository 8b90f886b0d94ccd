// expect: INTR111
// case: EF Core query materialised with ToList() inside an async method
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Ops.Monitoring;

public sealed class MonitoredHost
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public bool Enabled { get; set; }
}

public sealed class OpsDbContext(DbContextOptions<OpsDbContext> options) : DbContext(options)
{
    public DbSet<MonitoredHost> Hosts => Set<MonitoredHost>();
}

public interface IProbeRunner
{
    Task ProbeAsync(string host, CancellationToken cancellationToken);
}

public sealed class ProbeRound(OpsDbContext db, IProbeRunner runner)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        List<MonitoredHost> hosts = db.Hosts.Where(host => host.Enabled).ToList();
        foreach (var host in hosts)
        {
            await runner.ProbeAsync(host.Name, cancellationToken);
        }
    }
}
