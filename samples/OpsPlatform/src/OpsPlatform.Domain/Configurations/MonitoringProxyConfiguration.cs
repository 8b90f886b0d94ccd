using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Domain.Configurations;

internal sealed class MonitoringProxyConfiguration : IEntityTypeConfiguration<MonitoringProxy>
{
    public void Configure(EntityTypeBuilder<MonitoringProxy> proxy)
    {
        proxy.Property(p => p.Name).HasMaxLength(100);
        proxy.Property(p => p.ExternalProxyId).HasMaxLength(32);
        proxy.Property(p => p.Address).HasMaxLength(255);

        proxy.HasIndex(p => p.ExternalProxyId).IsUnique();

        proxy.ToTable(t => t.HasCheckConstraint("CK_MonitoringProxies_MaxHosts", "\"MaxHosts\" > 0"));
    }
}
