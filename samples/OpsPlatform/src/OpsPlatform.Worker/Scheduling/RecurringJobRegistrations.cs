using Hangfire;
using Microsoft.Extensions.Options;
using OpsPlatform.Jobs.Contracts;
using OpsPlatform.Worker.Alerts;
using OpsPlatform.Worker.Billing;
using OpsPlatform.Worker.Snapshots;

namespace OpsPlatform.Worker.Scheduling;

/// <summary>Registers (or updates) the worker's Hangfire recurring jobs at start-up.</summary>
public static class RecurringJobRegistrations
{
    public static IHost UseOpsRecurringJobs(this IHost host)
    {
        var recurringJobs = host.Services.GetRequiredService<IRecurringJobManager>();
        var snapshots = host.Services.GetRequiredService<IOptions<SnapshotOptions>>().Value;
        var localTime = TimeZoneInfo.FindSystemTimeZoneById(snapshots.TimeZoneId);

        RegisterSnapshotJobs(recurringJobs, localTime);
        RegisterBillingJobs(recurringJobs);
        RegisterHousekeepingJobs(recurringJobs, localTime);

        return host;
    }

    private static void RegisterSnapshotJobs(IRecurringJobManager recurringJobs, TimeZoneInfo localTime)
    {
        recurringJobs.AddOrUpdate<NightlySnapshotScheduler>(
            "nightly-snapshots",
            JobQueues.Snapshots,
            scheduler => scheduler.ScheduleAsync(CancellationToken.None),
            "30 2 * * *",
            new RecurringJobOptions { TimeZone = localTime });
    }

    private static void RegisterBillingJobs(IRecurringJobManager recurringJobs)
    {
        // Billing days are Berlin days, whatever zone the worker is configured for.
        recurringJobs.AddOrUpdate<UsageExportJob>(
            "usage-csv-export",
            export => export.ExportAsync(CancellationToken.None),
            "0 2 * * *",
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin") });
    }

    private static void RegisterHousekeepingJobs(IRecurringJobManager recurringJobs, TimeZoneInfo localTime)
    {
        recurringJobs.AddOrUpdate<SnapshotRetentionJob>(
            "snapshot-retention",
            retention => retention.PurgeExpiredAsync(CancellationToken.None),
            "* 2 * * *",
            new RecurringJobOptions { TimeZone = localTime });

        recurringJobs.AddOrUpdate<AlertOutboxPurgeJob>(
            "alert-outbox-purge",
            purge => purge.PurgeAsync(CancellationToken.None),
            "0 25 * * *",
            new RecurringJobOptions { TimeZone = localTime });
    }
}
