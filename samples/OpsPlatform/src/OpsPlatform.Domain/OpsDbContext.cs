using Microsoft.EntityFrameworkCore;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Domain;

public class OpsDbContext(DbContextOptions<OpsDbContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Server> Servers => Set<Server>();

    public DbSet<MonitoringProxy> MonitoringProxies => Set<MonitoringProxy>();

    public DbSet<MonitoredHost> MonitoredHosts => Set<MonitoredHost>();

    public DbSet<Snapshot> Snapshots => Set<Snapshot>();

    public DbSet<MaintenanceWindow> MaintenanceWindows => Set<MaintenanceWindow>();

    public DbSet<BackupThrottleBypass> BackupThrottleBypasses => Set<BackupThrottleBypass>();

    public DbSet<AlertNotification> AlertOutbox => Set<AlertNotification>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OpsDbContext).Assembly);
    }
}
