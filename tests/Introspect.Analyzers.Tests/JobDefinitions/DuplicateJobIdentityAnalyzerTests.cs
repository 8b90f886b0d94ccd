using Verify = Introspect.Analyzers.Tests.JobDefinitions.JobRuleVerifier<Introspect.Analyzers.JobDefinitions.DuplicateJobIdentityAnalyzer>;

namespace Introspect.Analyzers.Tests.JobDefinitions;

public sealed class DuplicateJobIdentityAnalyzerTests
{
    private const string Id = "INTR305";

    private const string HangfireJobs = """
        using System.Threading;
        using System.Threading.Tasks;
        using Hangfire;

        public sealed class UsageExport { public Task ExportAsync(CancellationToken cancellationToken) => Task.CompletedTask; }

        public sealed class InvoiceExport { public Task ExportAsync(CancellationToken cancellationToken) => Task.CompletedTask; }

        public static class JobIds { public const string Export = "nightly-export"; }
        """;

    [Fact]
    public Task HangfireSameIdTwice_Triggers() => Verify.VerifyAsync(Id, HangfireJobs + """

        public static class Registrations
        {
            public static void Register(IRecurringJobManager jobs)
            {
                {|#0:jobs.AddOrUpdate<UsageExport>("nightly-export", job => job.ExportAsync(CancellationToken.None), "0 2 * * *")|};
                {|#1:jobs.AddOrUpdate<InvoiceExport>(JobIds.Export, job => job.ExportAsync(CancellationToken.None), "30 2 * * *")|};
            }

            public static void RegisterAgain() =>
                {|#2:RecurringJob.AddOrUpdate<UsageExport>("nightly-export", job => job.ExportAsync(CancellationToken.None), "0 3 * * *")|};
        }
        """, (1, 0), (2, 0));

    [Fact]
    public Task QuartzSameJobKeyOrTriggerKeyTwice_Triggers() => Verify.VerifyAsync(Id, """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using Quartz;

        public sealed class SyncJob : IJob { public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => default; }

        public sealed class BalanceJob : IJob { public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => default; }

        public static class QuartzSetup
        {
            public static void Add(IServiceCollection services) => services.AddQuartz(quartz =>
            {
                {|#0:quartz.AddJob<SyncJob>(job => job.WithIdentity("sync", "monitoring"))|};
                {|#1:quartz.AddJob<BalanceJob>(job => job.WithIdentity("sync", "monitoring"))|};
                quartz.AddTrigger(trigger => {|#2:trigger.ForJob("sync", "monitoring")|}.WithIdentity("every-minute").WithCronSchedule("0 * * * * ?"));
                quartz.AddTrigger(trigger => {|#3:trigger.ForJob("sync", "monitoring")|}.WithIdentity("every-minute").WithCronSchedule("0 0 * * * ?"));
            });
        }
        """, (1, 0), (3, 2));

    [Fact]
    public Task CoravelOverlapIdSharedByTwoJobs_Triggers() => Verify.VerifyAsync(Id, """
        using System;
        using System.Threading.Tasks;
        using Coravel;
        using Coravel.Invocable;

        public sealed class MailDigest : IInvocable { public Task Invoke() => Task.CompletedTask; }

        public sealed class SmsDigest : IInvocable { public Task Invoke() => Task.CompletedTask; }

        public static class Schedule
        {
            public static void Use(IServiceProvider services) => services.UseScheduler(scheduler =>
            {
                {|#0:scheduler.Schedule<MailDigest>()|}.EveryFiveMinutes().PreventOverlapping("digest");
                {|#1:scheduler.Schedule<SmsDigest>()|}.EveryFiveMinutes().PreventOverlapping("digest");
            });
        }
        """, (1, 0));

    [Fact]
    public Task DistinctIdsAlternativesAndRepeatsOfOneJob_DoNotTrigger() => Verify.VerifyNoneAsync(HangfireJobs + """

        namespace Setup
        {
            using System;
            using Coravel;
            using Coravel.Invocable;
            using Microsoft.Extensions.DependencyInjection;
            using Quartz;

            public sealed class MailDigest : IInvocable { public Task Invoke() => Task.CompletedTask; }

            public sealed class SyncJob : IJob { public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => default; }

            public static class Registrations
            {
                public static void Register(IRecurringJobManager jobs, bool development, string region)
                {
                    jobs.AddOrUpdate<UsageExport>("usage-export", job => job.ExportAsync(CancellationToken.None), "0 2 * * *");
                    jobs.AddOrUpdate<InvoiceExport>("invoice-export", job => job.ExportAsync(CancellationToken.None), "0 3 * * *");

                    if (development)
                    {
                        jobs.AddOrUpdate<UsageExport>("usage-preview", job => job.ExportAsync(CancellationToken.None), Cron.Minutely());
                    }
                    else
                    {
                        jobs.AddOrUpdate<UsageExport>("usage-preview", job => job.ExportAsync(CancellationToken.None), Cron.Daily());
                    }

                    switch (region)
                    {
                        case "eu":
                            jobs.AddOrUpdate<InvoiceExport>("invoice-region", job => job.ExportAsync(CancellationToken.None), "0 1 * * *");
                            break;
                        default:
                            jobs.AddOrUpdate<InvoiceExport>("invoice-region", job => job.ExportAsync(CancellationToken.None), "0 6 * * *");
                            break;
                    }

                    foreach (var tenant in new[] { "a", "b" })
                    {
                        jobs.AddOrUpdate<UsageExport>("usage-" + tenant, job => job.ExportAsync(CancellationToken.None), "0 4 * * *");
                    }
                }

                public static void Use(IServiceProvider services) => services.UseScheduler(scheduler =>
                {
                    scheduler.Schedule<MailDigest>().DailyAt(6, 0).PreventOverlapping("mail-digest");
                    scheduler.Schedule<MailDigest>().DailyAt(18, 0).PreventOverlapping("mail-digest");
                });

                public static void Add(IServiceCollection services) => services.AddQuartz(quartz =>
                {
                    quartz.AddJob<SyncJob>(job => job.WithIdentity("sync", "monitoring"));
                    quartz.AddJob<SyncJob>(job => job.WithIdentity("sync", "billing"));
                    quartz.AddTrigger(trigger => trigger.ForJob("sync", "monitoring").WithIdentity("sync-trigger", "monitoring").WithCronSchedule("0 * * * * ?"));
                    quartz.AddTrigger(trigger => trigger.ForJob("sync", "billing").WithIdentity("sync-trigger", "billing").WithCronSchedule("0 0 * * * ?"));
                });
            }
        }
        """);
}
