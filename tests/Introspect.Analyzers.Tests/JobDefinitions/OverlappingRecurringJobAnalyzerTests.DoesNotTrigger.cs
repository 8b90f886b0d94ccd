using Verify = Introspect.Analyzers.Tests.JobDefinitions.JobRuleVerifier<Introspect.Analyzers.JobDefinitions.OverlappingRecurringJobAnalyzer>;

namespace Introspect.Analyzers.Tests.JobDefinitions;

public sealed partial class OverlappingRecurringJobAnalyzerTests
{
    [Fact]
    public Task HangfireGuardedByAttributeOrDistributedLock_DoesNotTrigger() => Verify.VerifyNoneAsync(Model + """

        namespace Billing
        {
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Hangfire;

            public sealed class GuardedJob(OpsDbContext db)
            {
                [DisableConcurrentExecution(timeoutInSeconds: 600)]
                public Task RunAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
            }

            [DisableConcurrentExecution(60)]
            public sealed class GuardedClass(OpsDbContext db)
            {
                public Task RunAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
            }

            public sealed class LockingJob(OpsDbContext db)
            {
                public async Task RunAsync(CancellationToken cancellationToken)
                {
                    using var connection = JobStorage.Current.GetConnection();
                    using var gate = connection.AcquireDistributedLock("locking-job", TimeSpan.FromSeconds(5));
                    await db.SaveChangesAsync(cancellationToken);
                }
            }

            public static class Registrations
            {
                public static void Register(IRecurringJobManager jobs)
                {
                    jobs.AddOrUpdate<GuardedJob>("guarded", job => job.RunAsync(CancellationToken.None), "*/5 * * * *");
                    jobs.AddOrUpdate<GuardedClass>("guarded-class", job => job.RunAsync(CancellationToken.None), Cron.Minutely());
                    jobs.AddOrUpdate<LockingJob>("locking", job => job.RunAsync(CancellationToken.None), "0 * * * *");
                }
            }
        }
        """);

    [Fact]
    public Task HangfireDailyReadOnlyOrConfiguredSchedule_DoesNotTrigger() => Verify.VerifyNoneAsync(Model + """

        namespace Billing
        {
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Hangfire;
            using Microsoft.EntityFrameworkCore;

            public sealed class NightlyExport(OpsDbContext db)
            {
                public Task RunAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);
            }

            public sealed class ProxyReport(OpsDbContext db)
            {
                public async Task<int> CountAsync(CancellationToken cancellationToken) => (await db.Hosts.ToListAsync(cancellationToken)).Count;
            }

            public sealed class DelegatingJob(HostWriter writer)
            {
                public Task RunAsync() => writer.WriteAsync();
            }

            public sealed class HostWriter(OpsDbContext db)
            {
                public Task WriteAsync() => db.SaveChangesAsync();
            }

            public static class Registrations
            {
                public static void Register(IRecurringJobManager jobs, string configuredCron)
                {
                    jobs.AddOrUpdate<NightlyExport>("nightly", job => job.RunAsync(CancellationToken.None), "0 2 * * *");
                    jobs.AddOrUpdate<NightlyExport>("weekly", job => job.RunAsync(CancellationToken.None), Cron.Weekly(System.DayOfWeek.Sunday, 3));
                    jobs.AddOrUpdate<ProxyReport>("report", job => job.CountAsync(CancellationToken.None), "* * * * *");
                    jobs.AddOrUpdate<NightlyExport>("configured", job => job.RunAsync(CancellationToken.None), configuredCron);
                    jobs.AddOrUpdate<DelegatingJob>("delegating", job => job.RunAsync(), "*/10 * * * *");
                }
            }
        }
        """);

    [Fact]
    public Task CoravelPreventOverlappingOrDaily_DoesNotTrigger() => Verify.VerifyNoneAsync("""
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Coravel;
        using Coravel.Invocable;

        public sealed class UsageSnapshot : IInvocable
        {
            public Task Invoke() => File.AppendAllTextAsync("usage.log", DateTime.UtcNow.ToString("O"));
        }

        public sealed class CacheWarmer : IInvocable
        {
            public Task Invoke() => Task.CompletedTask;
        }

        public static class Schedule
        {
            public static void Use(IServiceProvider services) =>
                services.UseScheduler(scheduler =>
                {
                    scheduler.Schedule<UsageSnapshot>().EveryFiveMinutes().PreventOverlapping(nameof(UsageSnapshot));
                    scheduler.Schedule<UsageSnapshot>().DailyAt(6, 30);
                    scheduler.Schedule<CacheWarmer>().EveryMinute();
                    scheduler.Schedule(() => Console.WriteLine("tick")).EverySecond();
                });
        }
        """);

    [Fact]
    public Task QuartzDisallowedOrDailyOrUntriggered_DoesNotTrigger() => Verify.VerifyNoneAsync(Model + """

        namespace Jobs
        {
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using Quartz;

            [DisallowConcurrentExecution]
            public sealed class SyncJob(OpsDbContext db) : IJob
            {
                public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await db.SaveChangesAsync(cancellationToken);
            }

            public sealed class NightlyJob(OpsDbContext db) : IJob
            {
                public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await db.SaveChangesAsync(cancellationToken);
            }

            public sealed class OnDemandJob(OpsDbContext db) : IJob
            {
                public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await db.SaveChangesAsync(cancellationToken);
            }

            public static class QuartzSetup
            {
                public static void Add(IServiceCollection services) => services.AddQuartz(quartz =>
                {
                    var sync = new JobKey("sync");
                    quartz.AddJob<SyncJob>(job => job.WithIdentity(sync));
                    quartz.AddTrigger(trigger => trigger.ForJob(sync).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(30)).RepeatForever()));

                    quartz.AddJob<NightlyJob>(job => job.WithIdentity("nightly"));
                    quartz.AddTrigger(trigger => trigger.ForJob("nightly").WithCronSchedule("0 0 2 * * ?"));
                    quartz.AddTrigger(trigger => trigger.ForJob("other").WithCronSchedule("0 * * * * ?"));

                    quartz.AddJob<OnDemandJob>(job => job.WithIdentity("on-demand").StoreDurably());
                    quartz.AddTrigger(trigger => trigger.ForJob("on-demand").StartNow());
                });
            }
        }
        """);
}
