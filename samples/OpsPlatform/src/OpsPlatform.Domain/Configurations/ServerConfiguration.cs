using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Domain.Configurations;

internal sealed class ServerConfiguration : IEntityTypeConfiguration<Server>
{
    public void Configure(EntityTypeBuilder<Server> server)
    {
        server.Property(s => s.Hostname).HasMaxLength(63);
        server.Property(s => s.PrimaryIp).HasMaxLength(45);
        server.Property(s => s.DatacenterCode).HasMaxLength(16);
        server.Property(s => s.StorageCluster).HasMaxLength(64);
        server.Property(s => s.Notes).HasMaxLength(2000);
        server.Property(s => s.Status).HasConversion<string>().HasMaxLength(24);

        server.HasOne(s => s.Customer)
            .WithMany(c => c.Servers)
            .HasForeignKey(s => s.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);

        server.HasIndex(s => s.Hostname).IsUnique();
    }
}
