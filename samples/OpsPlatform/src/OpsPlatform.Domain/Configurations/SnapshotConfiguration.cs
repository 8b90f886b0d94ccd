using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Domain.Configurations;

internal sealed class SnapshotConfiguration : IEntityTypeConfiguration<Snapshot>
{
    public void Configure(EntityTypeBuilder<Snapshot> snapshot)
    {
        snapshot.Property(s => s.ExternalSnapshotId).HasMaxLength(64);
        snapshot.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        snapshot.Property(s => s.FailureReason).HasMaxLength(1000);

        snapshot.HasOne(s => s.Server)
            .WithMany(s => s.Snapshots)
            .HasForeignKey(s => s.ServerId)
            .OnDelete(DeleteBehavior.Cascade);

        snapshot.HasIndex(s => new { s.ServerId, s.RequestedAt });
    }
}
