using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Domain.Configurations;

internal sealed class MaintenanceWindowConfiguration : IEntityTypeConfiguration<MaintenanceWindow>
{
    public void Configure(EntityTypeBuilder<MaintenanceWindow> window)
    {
        window.Property(w => w.Title).HasMaxLength(200);
        window.Property(w => w.Description).HasMaxLength(4000);
        window.Property(w => w.Kind).HasConversion<string>().HasMaxLength(16);

        window.HasOne(w => w.Server)
            .WithMany(s => s.MaintenanceWindows)
            .HasForeignKey(w => w.ServerId)
            .OnDelete(DeleteBehavior.Cascade);

        window.HasIndex(w => w.StartsAt);
    }
}
