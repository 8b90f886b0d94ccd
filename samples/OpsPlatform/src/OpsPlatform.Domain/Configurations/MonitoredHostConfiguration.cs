using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Domain.Configurations;

internal sealed class MonitoredHostConfiguration : IEntityTypeConfiguration<MonitoredHost>
{
    public void Configure(EntityTypeBuilder<MonitoredHost> host)
    {
        host.Property(h => h.ExternalHostId).HasMaxLength(32);
        host.Property(h => h.DisplayName).HasMaxLength(200);
        host.Property(h => h.Address).HasMaxLength(255);
        host.Property(h => h.SyncEnabled).HasDefaultValue(true);

        host.HasOne(h => h.Proxy)
            .WithMany(p => p.Hosts)
            .HasForeignKey(h => h.ProxyId)
            .OnDelete(DeleteBehavior.SetNull);

        host.HasOne(h => h.Server)
            .WithMany()
            .HasForeignKey(h => h.ServerId)
            .OnDelete(DeleteBehavior.SetNull);

        host.HasIndex(h => h.ExternalHostId);

        // MonitoredHosts is large and written to every two minutes; never build its indexes under a write lock.
        host.HasIndex(h => h.LastSyncedAt).IsCreatedConcurrently();
    }
}
