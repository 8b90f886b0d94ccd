using System.Collections.Immutable;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Triggers;

namespace Introspect.Diagrams.Tests;

/// <summary>A job catalog shaped like the OpsPlatform sample's, plus the cases the sample lacks (delays, messages, dead ends).</summary>
internal static class TestCatalog
{
    public const string Nightly = "Ops.Snapshots.NightlySnapshotScheduler.ScheduleAsync";
    public const string Snapshot = "Ops.Snapshots.SnapshotJob.CreateAsync";
    public const string Notifier = "Ops.Snapshots.SnapshotNotifier.NotifyCompletedAsync";
    public const string Raid = "Ops.Raid.RaidMonitoringInstaller.InstallAsync";
    public const string Watchdog = "Ops.Monitoring.ProxyWatchdog.ExecuteAsync";
    public const string Retention = "Ops.Snapshots.SnapshotRetentionJob.PurgeExpiredAsync";
    public const string Purge = "Ops.Alerts.AlertOutboxPurgeJob.PurgeAsync";
    public const string Sync = "Ops.Monitoring.MonitoringSyncJob.Execute";
    public const string Reminder = "Ops.Billing.InvoiceReminder.SendAsync";
    public const string Consumer = "Ops.Alerts.AlertConsumer.Consume";
    public const string Orphan = "Ops.Reports.OrphanFollowUp.RunAsync";
    public const string Orphaned = "Ops.Reports.NeverStarted.RunAsync";

    public static JobCatalog Sample() => Catalog(
        Job(Nightly, "Nightly snapshot scheduler", JobFramework.Hangfire, Cron("30 2 * * *", "Europe/Berlin", "recurring, at 02:30 every day (Europe/Berlin)")),
        Job(Snapshot, "Snapshot", JobFramework.Hangfire, new JobTrigger
        {
            Kind = TriggerKind.Enqueued,
            Description = "fire-and-forget, enqueued by NightlySnapshotScheduler.ScheduleAsync, once per item of a loop (queue snapshots)",
            Source = new TriggerSource { JobId = Nightly, Caller = "Ops.Snapshots.NightlySnapshotScheduler.ScheduleAsync" },
            Queue = "snapshots",
            InLoop = true,
        }),
        Job(Notifier, "Snapshot notifier", JobFramework.Hangfire, new JobTrigger
        {
            Kind = TriggerKind.Continuation,
            Description = "continuation (ContinueJobWith) of SnapshotJob.CreateAsync",
            Source = new TriggerSource { JobId = Nightly, Caller = "Ops.Snapshots.NightlySnapshotScheduler.ScheduleAsync" },
            ParentJobId = Snapshot,
            InLoop = true,
        }),
        Job(Raid, "Raid monitoring installer", JobFramework.Hangfire, new JobTrigger
        {
            Kind = TriggerKind.Enqueued,
            Description = "fire-and-forget, enqueued by POST /servers/{id:int}/raid-monitoring (queue provisioning)",
            Source = new TriggerSource { Caller = "Ops.Api.ServerEndpoints.RequestRaidMonitoringAsync", Endpoint = "POST /servers/{id:int}/raid-monitoring" },
            Queue = "provisioning",
        }),
        Job(Watchdog, "Proxy watchdog", JobFramework.HostedService, new JobTrigger
        {
            Kind = TriggerKind.Interval,
            Description = "every 15 seconds (PeriodicTimer), from start-up",
            Interval = TimeSpan.FromSeconds(15),
            Mechanism = "PeriodicTimer",
        }),
        Job(Retention, "Snapshot retention", JobFramework.Hangfire, Cron("* 2 * * *", "Europe/Berlin", "recurring, every minute from 02:00 to 02:59 every day (Europe/Berlin)")),
        Job(Purge, "Alert outbox purge", JobFramework.Hangfire, Cron("0 25 * * *", "Europe/Berlin", "recurring, invalid cron '0 25 * * *'")),
        Job(Sync, "Monitoring sync", JobFramework.Quartz, new JobTrigger
        {
            Kind = TriggerKind.Cron,
            Description = "every 2 hours (server local time)",
            Cron = CronParser.Parse("0 0 0/2 * * ?", CronDialect.Quartz).Schedule,
            TimeZoneSource = TimeZoneSource.ServerLocal,
        }));

    /// <summary>The sample plus a delayed job, a message consumer and a continuation of a job nobody starts.</summary>
    public static JobCatalog Extended() => Sample() with
    {
        Jobs = [.. Sample().Jobs,
            Job(Reminder, "Invoice reminder", JobFramework.Hangfire, new JobTrigger
            {
                Kind = TriggerKind.Delayed,
                Description = "scheduled by NightlySnapshotScheduler.ScheduleAsync after 01:00:00",
                Source = new TriggerSource { JobId = Nightly, Caller = "Ops.Snapshots.NightlySnapshotScheduler.ScheduleAsync" },
                Delay = TimeSpan.FromHours(1),
            }),
            Job(Consumer, "Alert consumer", JobFramework.MassTransit, new JobTrigger
            {
                Kind = TriggerKind.Message,
                Description = "on message AlertRaised",
                MessageType = "Ops.Contracts.AlertRaised",
            }),
            Job(Orphaned, "Never started", JobFramework.Hangfire),
            Job(Orphan, "Orphan follow-up", JobFramework.Hangfire, new JobTrigger
            {
                Kind = TriggerKind.Continuation,
                Description = "continuation of NeverStarted.RunAsync",
                ParentJobId = Orphaned,
            })],
    };

    public static JobCatalog Catalog(params Job[] jobs) =>
        new("/src", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), ["Ops"], [], [.. jobs.OrderBy(job => job.Id, StringComparer.Ordinal)]);

    public static Job Job(string id, string name, JobFramework framework, params JobTrigger[] triggers) => new()
    {
        Id = id,
        Framework = framework,
        FrameworkName = framework switch
        {
            JobFramework.HostedService => "BackgroundService",
            JobFramework.MassTransit => "MassTransit",
            _ => framework.ToString(),
        },
        DisplayName = name,
        TypeName = id[..id.LastIndexOf('.')],
        EntryMethod = id[(id.LastIndexOf('.') + 1)..],
        Project = "Ops",
        Location = new SourceLocation("src/" + id.Replace('.', '/') + ".cs", 10),
        Triggers = [.. triggers],
    };

    public static JobTrigger Cron(string expression, string? zone, string description) => new()
    {
        Kind = TriggerKind.Cron,
        Description = description,
        Cron = CronParser.Parse(expression, CronDialect.Hangfire).Schedule,
        TimeZone = zone,
        TimeZoneSource = zone is null ? TimeZoneSource.FrameworkDefaultUtc : TimeZoneSource.Configuration,
    };
}
