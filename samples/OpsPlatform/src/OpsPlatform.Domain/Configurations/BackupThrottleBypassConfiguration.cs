using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Domain.Configurations;

internal sealed class BackupThrottleBypassConfiguration : IEntityTypeConfiguration<BackupThrottleBypass>
{
    public void Configure(EntityTypeBuilder<BackupThrottleBypass> bypass)
    {
        bypass.Property(b => b.Reason).HasMaxLength(500);
        bypass.Property(b => b.CreatedBy).HasMaxLength(100);

        bypass.HasOne(b => b.Customer)
            .WithMany()
            .HasForeignKey(b => b.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);

        bypass.HasIndex(b => b.ExpiresAt);
    }
}
