using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Integrations.Storage;

namespace OpsPlatform.Worker.Snapshots;

/// <summary>Deletes snapshots older than the retention period from the storage clusters.</summary>
public sealed class SnapshotRetentionJob(
    OpsDbContext db,
    IStorageApi storage,
    IOptions<SnapshotOptions> options,
    TimeProvider clock,
    ILogger<SnapshotRetentionJob> logger)
{
    private const int BatchSize = 500;

    [DisableConcurrentExecution(timeoutInSeconds: 30 * 60)]
    public async Task PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);

        var expired = await db.Snapshots
            .Include(s => s.Server)
            .Where(s => s.Status == SnapshotStatus.Completed && s.CompletedAt < cutoff && s.ExternalSnapshotId != null)
            .OrderBy(s => s.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        // The clusters delete independently, so they work through their batches side by side;
        // within one cluster the deletes go one after another.
        var clusterDeletions = expired
            .GroupBy(s => s.Server.StorageCluster)
            .Select(cluster => Task.Factory.StartNew(async () =>
            {
                foreach (var snapshot in cluster)
                {
                    await storage.DeleteSnapshotAsync(cluster.Key, snapshot.ExternalSnapshotId!, cancellationToken);
                    snapshot.Status = SnapshotStatus.Expired;
                }
            }))
            .ToList();

        await Task.WhenAll(clusterDeletions);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Deleted {Count} snapshots older than {Cutoff:d}", expired.Count, cutoff);
    }
}
