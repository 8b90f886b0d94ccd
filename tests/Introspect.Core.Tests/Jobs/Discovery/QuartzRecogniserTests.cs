using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Triggers;

namespace Introspect.Core.Tests.Jobs.Discovery;

public sealed class QuartzRecogniserTests
{
    private const string Jobs = """
        using Quartz;

        [DisallowConcurrentExecution]
        public sealed class SyncJob : IJob
        {
            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }

        [PersistJobDataAfterExecution]
        public sealed class BalancingJob : IJob
        {
            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }
        """;

    [Fact]
    public async Task AddJobAndAddTriggerMatchedByKey_GiveTheCronScheduleInTheServersZone()
    {
        var jobs = await JobSnippets.DiscoverAsync(new Dictionary<string, string>
        {
            ["Jobs.cs"] = Jobs,
            ["Schedule.cs"] = """
                using Microsoft.Extensions.DependencyInjection;
                using Quartz;

                public static class Schedule
                {
                    public static void Add(IServiceCollection services) => services.AddQuartz(quartz =>
                    {
                        var key = new JobKey(nameof(SyncJob), "monitoring");
                        quartz.AddJob<SyncJob>(job => job.WithIdentity(key));
                        quartz.AddTrigger(trigger => trigger.ForJob(key).WithIdentity("sync-trigger", "monitoring").WithCronSchedule("0 0/2 * * * ?"));

                        quartz.AddJob<BalancingJob>(job => job.WithIdentity("balancing"));
                        quartz.AddTrigger(trigger => trigger.ForJob("balancing").StartNow()
                            .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromMinutes(5)).RepeatForever()));
                    });
                }
                """,
        });

        var sync = jobs.Single("SyncJob");
        Assert.Equal(JobFramework.Quartz, sync.Framework);
        Assert.Equal("Execute", sync.EntryMethod);
        Assert.True(sync.Concurrency.DisallowConcurrentExecution);
        Assert.True(sync.IsRegistered);
        var cron = Assert.Single(sync.Triggers);
        Assert.Equal(new CronSchedule("0 0/2 * * * ?", CronDialect.Quartz, true, null), cron.Cron);
        Assert.Equal(TimeZoneSource.ServerLocal, cron.TimeZoneSource);
        Assert.Equal("monitoring.sync-trigger", cron.Identity);
        Assert.Equal("every 2 minutes (server local time)", cron.Description);
        Assert.Equal(JobSnippets.Now.AddMinutes(2), cron.NextRuns[0]);

        var balancing = jobs.Single("BalancingJob");
        Assert.True(balancing.Concurrency.PersistJobDataAfterExecution);
        var simple = Assert.Single(balancing.Triggers);
        Assert.Equal(TriggerKind.Interval, simple.Kind);
        Assert.Equal(TimeSpan.FromMinutes(5), simple.Interval);
        Assert.Null(simple.RepeatCount);
        Assert.Equal("every 5 minutes (simple schedule), repeat forever", simple.Description);
    }

    [Fact]
    public async Task ScheduleJobWithBuilders_IsReadThroughLocals()
    {
        var jobs = await JobSnippets.DiscoverAsync(new Dictionary<string, string>
        {
            ["Jobs.cs"] = Jobs,
            ["Schedule.cs"] = """
                using Quartz;

                public static class Schedule
                {
                    public static async Task StartAsync(IScheduler scheduler)
                    {
                        var job = JobBuilder.Create<SyncJob>().WithIdentity("sync").Build();
                        var trigger = TriggerBuilder.Create()
                            .WithCronSchedule("0 15 10 ? * MON-FRI", cron => cron.InTimeZone(TimeZoneInfo.Utc))
                            .Build();
                        await scheduler.ScheduleJob(job, trigger);
                    }
                }
                """,
        });

        var trigger = Assert.Single(jobs.Single("SyncJob").Triggers);
        Assert.Equal("0 15 10 ? * MON-FRI", trigger.Cron!.Expression);
        Assert.Equal("UTC", trigger.TimeZone);
        Assert.False(jobs.Single("BalancingJob").IsRegistered);
    }

    [Fact]
    public async Task ScheduleJobOfT_WithRepeatCount()
    {
        var jobs = await JobSnippets.DiscoverAsync(new Dictionary<string, string>
        {
            ["Jobs.cs"] = Jobs,
            ["Schedule.cs"] = """
                using Microsoft.Extensions.DependencyInjection;
                using Quartz;

                public static class Schedule
                {
                    public static void Add(IServiceCollection services) => services.AddQuartz(quartz =>
                        quartz.ScheduleJob<SyncJob>(
                            trigger => trigger.WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(30)).WithRepeatCount(3)),
                            job => job.WithIdentity("sync")));
                }
                """,
        });

        var trigger = Assert.Single(jobs.Single("SyncJob").Triggers);
        Assert.Equal(3, trigger.RepeatCount);
        Assert.Equal(TimeSpan.FromSeconds(30), trigger.Interval);
    }

    [Fact]
    public async Task DecoysNamedLikeJobs_AreNotQuartzJobs()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            public sealed class SyncJob { public Task Execute(object context) => Task.CompletedTask; }
            public sealed record MonitoringJobDto(string Name, string Cron);
            """);

        Assert.Empty(jobs);
    }
}

/// <summary>Quartz 4 declared jobs: attributes and the source-generated AddDeclaredJobs(), no hand-written registration.</summary>
public sealed class QuartzDeclaredJobTests
{
    [Fact]
    public async Task DeclaredJob_HasItsAttributeTriggersAndIsRegistered()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Quartz;

            [QuartzJob(Name = "cleanup")]
            [CronTrigger("0 0 3 * * ?", Name = "nightly", TimeZone = "Europe/Berlin", ConfigurationKey = "Jobs:Cleanup:Cron")]
            [SimpleTrigger("00:10:00", RepeatCount = 5)]
            [RetryPolicy(4)]
            public sealed class CleanupJob : IJob
            {
                public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
            }
            """);

        var job = Assert.Single(jobs);
        Assert.True(job.IsRegistered);
        Assert.Equal(4, job.Concurrency.RetryAttempts);
        var cron = Assert.Single(job.Triggers, trigger => trigger.Kind == TriggerKind.Cron);
        Assert.Equal("0 0 3 * * ?", cron.Cron!.Expression);
        Assert.Equal("Europe/Berlin", cron.TimeZone);
        Assert.Equal("DEFAULT.nightly", cron.Identity);
        Assert.Equal("Jobs:Cleanup:Cron", Assert.Single(cron.Configuration).Key);
        var simple = Assert.Single(job.Triggers, trigger => trigger.Kind == TriggerKind.Interval);
        Assert.Equal(TimeSpan.FromMinutes(10), simple.Interval);
        Assert.Equal(5, simple.RepeatCount);
    }
}

/// <summary>Quartz 4 delegate jobs: a lambda or a method group instead of an IJob class.</summary>
public sealed class QuartzDelegateJobTests
{
    [Fact]
    public async Task DelegateJobs_AreFoundWithTheirTriggers()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Microsoft.Extensions.DependencyInjection;
            using Quartz;

            public static class Cleanup
            {
                public static Task RunAsync() => Task.CompletedTask;
            }

            public static class Schedule
            {
                public static void Add(IServiceCollection services) => services.AddQuartz(quartz =>
                {
                    quartz.ScheduleJob("cleanup", Cleanup.RunAsync, trigger => trigger.WithCronSchedule("0 0 4 * * ?"));
                    quartz.AddJob("heartbeat", () => Task.CompletedTask, job => job.StoreDurably());
                    quartz.AddTrigger(trigger => trigger.ForJob("heartbeat").WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(30)).RepeatForever()));
                });
            }
            """);

        var cleanup = jobs.Single(job => job.Id == "Cleanup.RunAsync");
        Assert.Equal("0 0 4 * * ?", Assert.Single(cleanup.Triggers).Cron!.Expression);
        var heartbeat = jobs.Single(job => job.Id == "Schedule.heartbeat");
        Assert.Equal("lambda", heartbeat.EntryMethod);
        Assert.Equal(TimeSpan.FromSeconds(30), Assert.Single(heartbeat.Triggers).Interval);
    }
}
