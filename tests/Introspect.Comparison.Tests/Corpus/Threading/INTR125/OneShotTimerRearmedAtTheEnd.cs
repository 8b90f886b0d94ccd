// expect: none
// case: a System.Threading.Timer created with period Timeout.Infinite that re-arms itself with Change when the query is done
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

public sealed class EnabledHostCache : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private readonly Func<OpsDbContext> _createContext;
    private readonly Timer _timer;
    private IReadOnlyList<string> _hosts = [];

    public EnabledHostCache(Func<OpsDbContext> createContext)
    {
        _createContext = createContext;
        _timer = new Timer(Reload, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public IReadOnlyList<string> Hosts => Volatile.Read(ref _hosts);

    private void Reload(object? state)
    {
        try
        {
            using var db = _createContext();
            var hosts = db.Hosts.Where(host => host.Enabled).Select(host => host.Name).ToList();
            Volatile.Write(ref _hosts, hosts);
        }
        finally
        {
            _timer.Change(Interval, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose() => _timer.Dispose();
}
