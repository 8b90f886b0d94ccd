using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Domain.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> customer)
    {
        customer.Property(c => c.Name).HasMaxLength(200);
        customer.Property(c => c.BillingEmail).HasMaxLength(320);
        customer.Property(c => c.ContactPhone).HasMaxLength(32);
        customer.Property(c => c.ContractNumber).HasMaxLength(32);
        customer.Property(c => c.SupportTier).HasMaxLength(16);

        customer.HasIndex(c => c.Name);
    }
}
