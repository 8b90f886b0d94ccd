// expect: INTR123
// case: a singleton price cache taking a tenant context that the same project registers with AddScoped
using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace Ops.Billing;

public interface ITenantContext
{
    string TenantId { get; }
}

public sealed class RequestTenantContext : ITenantContext
{
    public string TenantId { get; set; } = "";
}

public sealed class PriceCache(ITenantContext tenant)
{
    private readonly ConcurrentDictionary<string, decimal> _prices = new();

    public decimal PriceOf(string sku) => _prices.GetOrAdd(tenant.TenantId + "/" + sku, _ => 9.99m);
}

public static class BillingRegistration
{
    public static IServiceCollection AddBilling(this IServiceCollection services)
    {
        services.AddScoped<ITenantContext, RequestTenantContext>();
        services.AddSingleton<PriceCache>();
        return services;
    }
}
