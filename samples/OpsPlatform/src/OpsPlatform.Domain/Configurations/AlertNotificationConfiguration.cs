using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Domain.Configurations;

internal sealed class AlertNotificationConfiguration : IEntityTypeConfiguration<AlertNotification>
{
    public void Configure(EntityTypeBuilder<AlertNotification> alert)
    {
        alert.ToTable("AlertOutbox");

        alert.Property(a => a.Channel).HasConversion<string>().HasMaxLength(8);
        alert.Property(a => a.Recipient).HasMaxLength(320);
        alert.Property(a => a.Subject).HasMaxLength(200);
        alert.Property(a => a.Body).HasMaxLength(2000);
        alert.Property(a => a.LastError).HasMaxLength(1000);

        alert.HasIndex(a => new { a.SentAt, a.CreatedAt });
    }
}
