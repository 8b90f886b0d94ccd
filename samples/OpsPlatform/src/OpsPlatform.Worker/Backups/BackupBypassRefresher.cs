using Microsoft.Extensions.Options;
using OpsPlatform.Domain;
using OpsPlatform.Integrations.Storage;

namespace OpsPlatform.Worker.Backups;

/// <summary>
/// Keeps the list of customers whose backups bypass the bandwidth throttle in sync between
/// our database, the storage clusters and the in-process <see cref="BackupThrottleBypassCache"/>.
/// </summary>
public sealed class BackupBypassRefresher(
    IServiceScopeFactory scopeFactory,
    BackupThrottleBypassCache cache,
    IOptions<BackupOptions> options,
    TimeProvider clock,
    ILogger<BackupBypassRefresher> logger) : IHostedService, IDisposable
{
    private Timer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new Timer(OnRefreshTimer, null, TimeSpan.Zero, options.Value.BypassRefreshInterval);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
            _timer = null;
        }
    }

    public void Dispose() => _timer?.Dispose();

    private void OnRefreshTimer(object? state)
    {
        try
        {
            using var scope = scopeFactory.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OpsDbContext>();
            var storage = scope.ServiceProvider.GetRequiredService<IStorageApi>();

            var now = clock.GetUtcNow();
            var customerIds = db.BackupThrottleBypasses
                .Where(b => b.ExpiresAt == null || b.ExpiresAt > now)
                .Where(b => b.Customer.IsActive)
                .Select(b => b.CustomerId)
                .Distinct()
                .OrderBy(id => id)
                .ToList();

            storage.SetThrottleBypassAsync(customerIds, CancellationToken.None).GetAwaiter().GetResult();
            cache.Replace(customerIds);

            logger.LogDebug("Backup throttle bypass refreshed: {Count} customers", customerIds.Count);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Refreshing the backup throttle bypass list failed");
        }
    }
}
