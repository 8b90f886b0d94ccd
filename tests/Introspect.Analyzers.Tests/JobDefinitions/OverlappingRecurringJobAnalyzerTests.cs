using Introspect.Analyzers.JobDefinitions;
using Verify = Introspect.Analyzers.Tests.JobDefinitions.JobRuleVerifier<Introspect.Analyzers.JobDefinitions.OverlappingRecurringJobAnalyzer>;

namespace Introspect.Analyzers.Tests.JobDefinitions;

public sealed partial class OverlappingRecurringJobAnalyzerTests
{
    private const string Id = "INTR304";

    internal const string Model = """
        global using System.Linq;
        using Microsoft.EntityFrameworkCore;

        public sealed class Host { public int Id { get; set; } public int? ProxyId { get; set; } }

        public sealed class OpsDbContext(DbContextOptions<OpsDbContext> options) : DbContext(options)
        {
            public DbSet<Host> Hosts => Set<Host>();
        }
        """;

    [Fact]
    public Task HangfireEveryFiveMinutesSavingChanges_Triggers() => Verify.VerifyAsync(Id, Model + """

        namespace Billing
        {
            using System.Threading;
            using System.Threading.Tasks;
            using Hangfire;
            using Microsoft.EntityFrameworkCore;

            public sealed class ProxyAssignmentJob(OpsDbContext db)
            {
                public async Task {|#0:RebalanceAsync|}(CancellationToken cancellationToken)
                {
                    var hosts = await db.Hosts.Where(h => h.ProxyId == null).ToListAsync(cancellationToken);
                    foreach (var host in hosts)
                    {
                        host.ProxyId = 1;
                    }

                    await db.SaveChangesAsync(cancellationToken);
                }
            }

            public static class Registrations
            {
                public static void Register(IRecurringJobManager jobs) =>
                    {|#1:jobs.AddOrUpdate<ProxyAssignmentJob>("proxy-assignment", job => job.RebalanceAsync(CancellationToken.None), "*/5 * * * *")|};
            }
        }
        """, (0, 1));

    [Fact]
    public Task HangfireCronHelpersWithWriteInPrivateHelperOrStatic_Triggers() => Verify.VerifyAsync(Id, """
        using System.IO;
        using System.Threading.Tasks;
        using Hangfire;

        public sealed class ReportWriter
        {
            public Task {|#0:WriteAsync|}() => FlushAsync("report.csv");

            private static Task FlushAsync(string path) => File.WriteAllTextAsync(path, "id;total");
        }

        public sealed class HeartbeatCounter
        {
            private static int s_beats;

            public void {|#2:Beat|}() => s_beats++;
        }

        public static class Registrations
        {
            public static void Register()
            {
                {|#1:RecurringJob.AddOrUpdate<ReportWriter>("report", writer => writer.WriteAsync(), Cron.Hourly())|};
                {|#3:RecurringJob.AddOrUpdate<HeartbeatCounter>("heartbeat", counter => counter.Beat(), Cron.Minutely)|};
            }
        }
        """, (0, 1), (2, 3));

    [Fact]
    public Task CoravelEveryFiveMinutesWritingAFile_Triggers() => Verify.VerifyAsync(Id, """
        using System;
        using System.IO;
        using System.Threading.Tasks;
        using Coravel;
        using Coravel.Invocable;

        public sealed class UsageSnapshot : IInvocable
        {
            public Task Invoke() => File.AppendAllTextAsync("usage.log", DateTime.UtcNow.ToString("O"));
        }

        public static class Schedule
        {
            public static void Use(IServiceProvider services) =>
                services.UseScheduler(scheduler =>
                {
                    {|#0:scheduler.Schedule<UsageSnapshot>()|}.EveryFiveMinutes();
                    {|#1:scheduler.ScheduleAsync(async () => await File.WriteAllTextAsync("beat", "1"))|}.EveryMinute().Zoned(TimeZoneInfo.Utc);
                });
        }
        """, (0, null), (1, null));

    [Fact]
    public Task QuartzJobTriggeredEveryFiveMinutesPostingToAnApi_Triggers() => Verify.VerifyAsync(Id, """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using Quartz;

        public sealed class ProxyBalancingJob(HttpClient monitoring) : IJob
        {
            public async ValueTask {|#0:Execute|}(IJobExecutionContext context, System.Threading.CancellationToken cancellationToken)
            {
                using var content = new StringContent("{}");
                await monitoring.PostAsync("/api/proxies/rebalance", content, cancellationToken);
            }
        }

        public static class QuartzSetup
        {
            public static void Add(IServiceCollection services) => services.AddQuartz(quartz =>
            {
                var key = new JobKey(nameof(ProxyBalancingJob), "monitoring");
                {|#1:quartz.AddJob<ProxyBalancingJob>(job => job.WithIdentity(key))|};
                quartz.AddTrigger(trigger => trigger
                    .ForJob(key)
                    .WithSimpleSchedule(schedule => schedule.WithInterval(TimeSpan.FromMinutes(5)).RepeatForever()));
            });
        }
        """, (0, 1));

    [Fact]
    public Task QuartzScheduleJobWithFrequentCronAndConstantKeys_Triggers() => Verify.VerifyAsync(Id, Model + """

        namespace Jobs
        {
            using System.Threading.Tasks;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.Extensions.DependencyInjection;
            using Quartz;

            public sealed class ProxyCleanupJob(OpsDbContext db) : IJob
            {
                public async ValueTask {|#0:Execute|}(IJobExecutionContext context, System.Threading.CancellationToken cancellationToken) =>
                    await db.Hosts.Where(h => h.ProxyId == 0).ExecuteUpdateAsync(s => s.SetProperty(h => h.ProxyId, (int?)null));
            }

            public sealed class StaleHostJob(OpsDbContext db) : IJob
            {
                public async ValueTask {|#2:Execute|}(IJobExecutionContext context, System.Threading.CancellationToken cancellationToken) => await db.Hosts.Where(h => h.Id < 0).ExecuteDeleteAsync();
            }

            public static class QuartzSetup
            {
                public static void Add(IServiceCollection services) => services.AddQuartz(quartz =>
                {
                    {|#1:quartz.ScheduleJob<ProxyCleanupJob>(trigger => trigger.WithCronSchedule("0 0/10 * * * ?"))|};
                    {|#3:quartz.AddJob<StaleHostJob>(job => job.WithIdentity("stale-hosts", "cleanup"))|};
                    quartz.AddTrigger(trigger => trigger.ForJob("stale-hosts", "cleanup").WithCronSchedule("0 15 * * * ?"));
                });
            }
        }
        """, (0, 1), (2, 3));
}
