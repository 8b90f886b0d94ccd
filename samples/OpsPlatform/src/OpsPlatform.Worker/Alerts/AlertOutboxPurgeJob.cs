using Hangfire;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Domain;

namespace OpsPlatform.Worker.Alerts;

/// <summary>Recurring Hangfire job that removes sent alerts after 30 days.</summary>
public sealed class AlertOutboxPurgeJob(OpsDbContext db, TimeProvider clock, ILogger<AlertOutboxPurgeJob> logger)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);

    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - KeepFor;

        var deleted = await db.AlertOutbox
            .Where(a => a.SentAt != null && a.SentAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);

        logger.LogInformation("Purged {Count} alerts sent before {Cutoff:d}", deleted, cutoff);
    }
}
