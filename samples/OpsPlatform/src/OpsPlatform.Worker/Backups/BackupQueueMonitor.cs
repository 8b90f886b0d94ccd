using System.Timers;
using Microsoft.Extensions.Options;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Integrations.Storage;
using Timer = System.Timers.Timer;

namespace OpsPlatform.Worker.Backups;

/// <summary>Watches the storage clusters' backup queues and pages the NOC when backups pile up.</summary>
public sealed class BackupQueueMonitor(
    IServiceScopeFactory scopeFactory,
    IOptions<BackupOptions> options,
    TimeProvider clock,
    ILogger<BackupQueueMonitor> logger) : IHostedService, IDisposable
{
    private readonly Timer _timer = new() { AutoReset = true };
    private readonly Dictionary<string, DateTimeOffset> _lastAlertAt = new(StringComparer.OrdinalIgnoreCase);
    private int _checkRunning;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _timer.Interval = options.Value.QueueCheckInterval.TotalMilliseconds;
        _timer.Elapsed += OnElapsed;
        _timer.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer.Stop();
        _timer.Elapsed -= OnElapsed;
        return Task.CompletedTask;
    }

    public void Dispose() => _timer.Dispose();

    private async void OnElapsed(object? sender, ElapsedEventArgs e)
    {
        if (Interlocked.CompareExchange(ref _checkRunning, 1, 0) != 0)
        {
            logger.LogDebug("Previous backup queue check still running; skipping the tick at {SignalTime}", e.SignalTime);
            return;
        }

        try
        {
            await CheckQueuesAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Backup queue check failed");
        }
        finally
        {
            Volatile.Write(ref _checkRunning, 0);
        }
    }

    private async Task CheckQueuesAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await using var scope = scopeFactory.CreateAsyncScope();
        var storage = scope.ServiceProvider.GetRequiredService<IStorageApi>();
        var db = scope.ServiceProvider.GetRequiredService<OpsDbContext>();

        var queues = await storage.GetBackupQueuesAsync(cancellationToken);
        var now = clock.GetUtcNow();

        foreach (var queue in queues)
        {
            var tooLong = queue.QueuedJobs >= settings.QueueAlertThreshold;
            var tooOld = queue.OldestQueuedAt is { } oldest && now - oldest > settings.MaxQueueAge;
            if (!tooLong && !tooOld)
            {
                continue;
            }

            if (_lastAlertAt.TryGetValue(queue.Cluster, out var last) && now - last < settings.AlertCooldown)
            {
                continue;
            }

            db.AlertOutbox.Add(new AlertNotification
            {
                Channel = AlertChannel.Sms,
                Recipient = settings.NocPhone,
                Body = $"Backups piling up on {queue.Cluster}: {queue.QueuedJobs} queued, oldest since {queue.OldestQueuedAt:HH:mm} UTC",
                CreatedAt = now,
            });
            _lastAlertAt[queue.Cluster] = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
