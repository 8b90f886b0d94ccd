using System.Collections.Concurrent;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Integrations.Storage;
using OpsPlatform.Worker.Backups;

namespace OpsPlatform.Worker.Snapshots;

/// <summary>Takes a snapshot of one server's system volume and waits until the storage cluster has finished it.</summary>
public sealed class SnapshotJob(
    OpsDbContext db,
    IStorageApi storage,
    BackupThrottleBypassCache throttleBypass,
    IOptions<SnapshotOptions> options,
    TimeProvider clock,
    ILogger<SnapshotJob> logger)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> ClusterSlots = new(StringComparer.OrdinalIgnoreCase);

    // How long the last snapshot on each storage cluster took.
    private static readonly Dictionary<string, TimeSpan> LastDurationByCluster = new(StringComparer.OrdinalIgnoreCase);

    [AutomaticRetry(Attempts = 2, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task CreateAsync(int serverId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var server = await db.Servers.SingleAsync(s => s.Id == serverId, cancellationToken);

        var slots = ClusterSlots.GetOrAdd(
            server.StorageCluster,
            _ => new SemaphoreSlim(settings.MaxConcurrentSnapshotsPerCluster, settings.MaxConcurrentSnapshotsPerCluster));

        await slots.WaitAsync(cancellationToken);
        try
        {
            var snapshot = new Snapshot
            {
                ServerId = server.Id,
                RequestedAt = clock.GetUtcNow(),
                Status = SnapshotStatus.Requested,
            };
            db.Snapshots.Add(snapshot);
            await db.SaveChangesAsync(cancellationToken);

            var throttled = !throttleBypass.IsBypassed(server.CustomerId);
            var label = $"nightly-{snapshot.RequestedAt:yyyyMMdd}-{server.Hostname}";
            snapshot.ExternalSnapshotId = await storage.StartSnapshotAsync(
                server.StorageCluster, $"srv-{server.Id}-system", label, throttled, cancellationToken);
            snapshot.Status = SnapshotStatus.Running;
            await db.SaveChangesAsync(cancellationToken);

            var result = await WaitForSnapshotAsync(server.StorageCluster, snapshot.ExternalSnapshotId, cancellationToken);

            snapshot.CompletedAt = clock.GetUtcNow();
            if (result.State == StorageSnapshotState.Done)
            {
                snapshot.Status = SnapshotStatus.Completed;
                snapshot.SizeBytes = result.SizeBytes;
            }
            else
            {
                snapshot.Status = SnapshotStatus.Failed;
                snapshot.FailureReason = result.Error;
            }

            await db.SaveChangesAsync(cancellationToken);

            if (snapshot.Status == SnapshotStatus.Failed)
            {
                throw new InvalidOperationException($"Snapshot of {server.Hostname} failed on {server.StorageCluster}: {result.Error}");
            }

            logger.LogInformation(
                "Snapshot {SnapshotId} of {Hostname} completed ({SizeBytes} bytes)",
                snapshot.ExternalSnapshotId, server.Hostname, snapshot.SizeBytes);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<StorageSnapshot> WaitForSnapshotAsync(string cluster, string snapshotId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var startedAt = clock.GetUtcNow();
        var deadline = startedAt + settings.Timeout;

        // No point asking the cluster before a snapshot could be done: wait half as long as the last one took.
        if (LastDurationByCluster.TryGetValue(cluster, out var lastDuration) && lastDuration > settings.PollInterval)
        {
            await Task.Delay(lastDuration / 2, clock, cancellationToken);
        }

        do
        {
            var snapshot = await storage.GetSnapshotAsync(cluster, snapshotId, cancellationToken);
            if (snapshot.State is StorageSnapshotState.Done or StorageSnapshotState.Error)
            {
                LastDurationByCluster[cluster] = clock.GetUtcNow() - startedAt;
                return snapshot;
            }

            Thread.Sleep(settings.PollInterval);
        }
        while (clock.GetUtcNow() < deadline);

        throw new TimeoutException($"Snapshot {snapshotId} on {cluster} did not finish within {settings.Timeout}.");
    }
}
