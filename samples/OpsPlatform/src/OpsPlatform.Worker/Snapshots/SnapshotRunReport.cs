using Microsoft.EntityFrameworkCore;
using OpsPlatform.Domain;
using OpsPlatform.Domain.Entities;

namespace OpsPlatform.Worker.Snapshots;

/// <summary>
/// Hangfire continuation meant to follow the nightly snapshot run: logs how many of the queued
/// snapshots completed or failed, for the ops dashboard's morning check.
/// </summary>
public sealed class SnapshotRunReport(OpsDbContext db, ILogger<SnapshotRunReport> logger)
{
    public async Task SendAsync(DateTimeOffset scheduledAt, int serverCount)
    {
        var statuses = await db.Snapshots
            .AsNoTracking()
            .Where(s => s.RequestedAt >= scheduledAt)
            .GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync();

        var completed = statuses.Where(s => s.Status == SnapshotStatus.Completed).Sum(s => s.Count);
        logger.LogInformation(
            "Nightly snapshots since {ScheduledAt:u}: {Completed} of {ServerCount} completed",
            scheduledAt, completed, serverCount);
    }
}
