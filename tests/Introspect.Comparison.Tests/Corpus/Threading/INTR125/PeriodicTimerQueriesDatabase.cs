// expect: INTR125
// case: a 30-second System.Threading.Timer callback that loads enabled hosts with a synchronous EF Core query
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
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

public sealed class EnabledHostCache(Func<OpsDbContext> createContext) : IDisposable
{
    private Timer? _timer;
    private IReadOnlyList<string> _hosts = [];

    public IReadOnlyList<string> Hosts => Volatile.Read(ref _hosts);

    public void Start() => _timer = new Timer(Reload, null, TimeSpan.Zero, TimeSpan.FromSeconds(30));

    private void Reload(object? state)
    {
        using var db = createContext();
        var hosts = db.Hosts.Where(host => host.Enabled).Select(host => host.Name).ToList();
        Volatile.Write(ref _hosts, hosts);
    }

    public void Dispose() => _timer?.Dispose();
}
