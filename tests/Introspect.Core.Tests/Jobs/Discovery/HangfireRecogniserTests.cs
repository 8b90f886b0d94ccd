using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Triggers;

namespace Introspect.Core.Tests.Jobs.Discovery;

public sealed class HangfireRecogniserTests
{
    [Fact]
    public async Task RecurringJobWithOptionsTimeZone_IsACronJobInThatZone()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;

            public sealed class UsageExport
            {
                [AutomaticRetry(Attempts = 3)]
                [DisableConcurrentExecution(timeoutInSeconds: 600)]
                public Task ExportAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            }

            public static class Registrations
            {
                public static void Register(IRecurringJobManager manager)
                {
                    var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
                    manager.AddOrUpdate<UsageExport>("usage-export", "billing", job => job.ExportAsync(CancellationToken.None), "0 2 * * *",
                        new RecurringJobOptions { TimeZone = berlin });
                }
            }
            """);

        var job = jobs.Single("UsageExport");
        Assert.Equal(JobFramework.Hangfire, job.Framework);
        Assert.Equal("ExportAsync", job.EntryMethod);
        Assert.Equal(3, job.Concurrency.RetryAttempts);
        Assert.Equal(600, job.Concurrency.DisableConcurrentExecutionTimeoutSeconds);
        var trigger = Assert.Single(job.Triggers);
        Assert.Equal(TriggerKind.Cron, trigger.Kind);
        Assert.Equal(new CronSchedule("0 2 * * *", CronDialect.Hangfire, true, null), trigger.Cron);
        Assert.Equal("Europe/Berlin", trigger.TimeZone);
        Assert.Equal(TimeZoneSource.Explicit, trigger.TimeZoneSource);
        Assert.Equal("usage-export", trigger.Identity);
        Assert.Equal("billing", trigger.Queue);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 2, 0, 0, TimeSpan.FromHours(1)), trigger.NextRuns[0]);
        Assert.Equal("recurring, at 02:00 every day (Europe/Berlin) (queue billing)", trigger.Description);
    }

    [Fact]
    public async Task CronDailyWithoutParentheses_BindsTheFuncOverloadAndIsRead()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;

            public sealed class Cleanup { public void Run() { } }

            public static class Registrations
            {
                public static void Register()
                {
                    RecurringJob.AddOrUpdate<Cleanup>("cleanup", job => job.Run(), Cron.Daily);
                    RecurringJob.AddOrUpdate<Cleanup>("cleanup-weekly", job => job.Run(), Cron.Weekly(DayOfWeek.Sunday, 3));
                }
            }
            """);

        var triggers = jobs.Single("Cleanup").Triggers;
        Assert.Equal(["0 0 * * *", "0 3 * * 0"], triggers.Select(trigger => trigger.Cron!.Expression));
        Assert.All(triggers, trigger => Assert.Equal(TimeZoneSource.FrameworkDefaultUtc, trigger.TimeZoneSource));
    }

    [Fact]
    public async Task InvalidCron_IsReportedNotThrown()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;

            public sealed class Purge { public void Run() { } }

            public static class Registrations
            {
                public static void Register(IRecurringJobManager manager) => manager.AddOrUpdate<Purge>("purge", job => job.Run(), "0 25 * * *");
            }
            """);

        var cron = Assert.Single(jobs.Single("Purge").Triggers).Cron!;
        Assert.False(cron.IsValid);
        Assert.Contains("Hours", cron.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnqueueInsideAJobAndContinuation_AreEdgesBetweenJobs()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;

            public sealed class Scheduler(IBackgroundJobClient jobs)
            {
                public void Plan(int[] servers)
                {
                    foreach (var server in servers)
                    {
                        var id = jobs.Enqueue<Snapshot>("snapshots", job => job.TakeAsync(server));
                        jobs.ContinueJobWith<Notifier>(id, notifier => notifier.Notify(server));
                    }

                    jobs.Schedule<Notifier>(notifier => notifier.Notify(0), TimeSpan.FromMinutes(10));
                }
            }

            public sealed class Snapshot { public Task TakeAsync(int server) => Task.CompletedTask; }

            public sealed class Notifier { public void Notify(int server) { } }

            public static class Registrations
            {
                public static void Register() => RecurringJob.AddOrUpdate<Scheduler>("plan", s => s.Plan(new int[0]), "30 2 * * *");
            }
            """);

        var snapshot = Assert.Single(jobs.Single("Snapshot").Triggers);
        Assert.Equal(TriggerKind.Enqueued, snapshot.Kind);
        Assert.Equal("Scheduler.Plan", snapshot.Source!.JobId);
        Assert.True(snapshot.InLoop);
        Assert.Equal("snapshots", snapshot.Queue);

        var notifier = jobs.Single("Notifier").Triggers;
        var continuation = Assert.Single(notifier, trigger => trigger.Kind == TriggerKind.Continuation);
        Assert.Equal("Snapshot.TakeAsync", continuation.ParentJobId);
        var delayed = Assert.Single(notifier, trigger => trigger.Kind == TriggerKind.Delayed);
        Assert.Equal(TimeSpan.FromMinutes(10), delayed.Delay);
    }

    [Fact]
    public async Task EnqueueThroughAnInterface_IsTheImplementationsJob()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;

            public interface IInstaller { Task InstallAsync(int serverId); }

            public sealed class Installer : IInstaller { public Task InstallAsync(int serverId) => Task.CompletedTask; }

            public static class Endpoint
            {
                public static string Request(IBackgroundJobClient jobs, int id) => jobs.Enqueue<IInstaller>(installer => installer.InstallAsync(id));
            }
            """);

        var job = Assert.Single(jobs);
        Assert.Equal("Installer", job.TypeName);
        Assert.Equal("Installer.InstallAsync", job.Id);
        Assert.Equal("Endpoint.Request", Assert.Single(job.Triggers).Source!.Caller);
    }

    [Fact]
    public async Task StaticBackgroundJobCalls_AreRecognised()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;

            public sealed class Reindex { public void Run() { } }

            public static class Maintenance
            {
                public static void Cleanup() { }

                public static void Plan()
                {
                    BackgroundJob.Enqueue<Reindex>(job => job.Run());
                    BackgroundJob.Schedule(() => Cleanup(), TimeSpan.FromHours(1));
                }
            }
            """);

        Assert.Equal(TriggerKind.Enqueued, Assert.Single(jobs.Single("Reindex").Triggers).Kind);
        var delayed = Assert.Single(jobs.Single("Maintenance").Triggers);
        Assert.Equal(TriggerKind.Delayed, delayed.Kind);
        Assert.Equal(TimeSpan.FromHours(1), delayed.Delay);
        Assert.Equal("delayed, 1 hour after being scheduled by Maintenance.Plan", delayed.Description);
    }

    [Fact]
    public async Task JobLikeClassesNeverScheduled_AreNotHangfireJobs()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            public sealed class ReportJob { public void Execute() { } }

            public sealed class Recurring
            {
                public void AddOrUpdate(string id, Action action, string cron) { }
                public void Use() => AddOrUpdate("x", () => new ReportJob().Execute(), "* * * * *");
            }
            """);

        Assert.Empty(jobs);
    }
}
