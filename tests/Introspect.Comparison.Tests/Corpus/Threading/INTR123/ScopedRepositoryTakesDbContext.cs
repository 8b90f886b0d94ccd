// expect: none
// case: a repository registered with AddScoped and a Hangfire job left to Hangfire's per-run scope both take the DbContext
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ops.Billing;

public sealed class Invoice
{
    public int Id { get; set; }
    public DateTimeOffset? PaidAt { get; set; }
}

public sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : DbContext(options)
{
    public DbSet<Invoice> Invoices => Set<Invoice>();
}

public sealed class InvoiceRepository(BillingDbContext db)
{
    public Task<int> CountUnpaidAsync(CancellationToken cancellationToken) => db.Invoices.CountAsync(i => i.PaidAt == null, cancellationToken);
}

public sealed class DunningJob(InvoiceRepository invoices)
{
    [AutomaticRetry(Attempts = 2)]
    public Task<int> RunAsync(CancellationToken cancellationToken) => invoices.CountUnpaidAsync(cancellationToken);
}

public static class BillingRegistration
{
    public static IServiceCollection AddBilling(this IServiceCollection services)
    {
        services.AddDbContext<BillingDbContext>(options => { });
        services.AddScoped<InvoiceRepository>();
        return services.AddScoped<DunningJob>();
    }
}
