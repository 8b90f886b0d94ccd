using Hangfire;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;
using OpsPlatform.Jobs.Contracts;

namespace OpsPlatform.Worker.Snapshots;

/// <summary>
/// Recurring Hangfire job: queues one snapshot job per server that has snapshots enabled,
/// each followed by a continuation that tells the customer it is done.
/// </summary>
public sealed class NightlySnapshotScheduler(
    OpsDbContext db,
    IBackgroundJobClient jobs,
    TimeProvider clock,
    ILogger<NightlySnapshotScheduler> logger)
{
    public async Task ScheduleAsync(CancellationToken cancellationToken)
    {
        var scheduledAt = clock.GetUtcNow();

        var servers = await db.Servers
            .AsNoTracking()
            .Where(s => s.SnapshotsEnabled && s.Status == ServerStatus.Active)
            .OrderBy(s => s.StorageCluster)
            .Select(s => new { s.Id, s.Hostname })
            .ToListAsync(cancellationToken);

        foreach (var server in servers)
        {
            var snapshotJobId = jobs.Enqueue<SnapshotJob>(
                JobQueues.Snapshots,
                job => job.CreateAsync(server.Id, cancellationToken));

            jobs.ContinueJobWith<SnapshotNotifier>(
                snapshotJobId,
                notifier => notifier.NotifyCompletedAsync(server.Id, scheduledAt));
        }

        logger.LogInformation("Queued nightly snapshots for {ServerCount} servers", servers.Count);
        QueueRunReport(scheduledAt, servers.Count);
    }

    /// <summary>The ops summary of the night: meant to run once the nightly snapshot run has finished.</summary>
    private void QueueRunReport(DateTimeOffset scheduledAt, int serverCount) =>
        jobs.ContinueJobWith<SnapshotRunReport>(
            "nightly-snapshots",
            report => report.SendAsync(scheduledAt, serverCount));
}
