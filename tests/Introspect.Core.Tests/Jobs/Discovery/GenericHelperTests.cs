using Introspect.Core.Jobs;

namespace Introspect.Core.Tests.Jobs.Discovery;

/// <summary>Registrations written once in a generic helper of the application's own are read at each of the helper's callers.</summary>
public sealed class GenericHelperTests
{
    [Fact]
    public async Task QuartzHelperWithTypeNameKeyAndCronParameter_GivesEachCallersJobItsSchedule()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Microsoft.Extensions.DependencyInjection;
            using Quartz;

            public sealed class SyncJob : IJob { public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask; }
            public sealed class PurgeJob : IJob { public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask; }

            public static class QuartzHelpers
            {
                public static void AddJobWithTrigger<T>(this IQuartzBuilder quartz, string cronSchedule)
                    where T : IJob
                {
                    var jobKey = new JobKey(typeof(T).Name);
                    quartz.AddJob<T>(job => job.WithIdentity(jobKey));
                    quartz.AddTrigger(trigger => trigger.ForJob(jobKey).WithCronSchedule(cronSchedule));
                }
            }

            public static class Setup
            {
                public static void Add(IServiceCollection services) => services.AddQuartz(quartz =>
                {
                    quartz.AddJobWithTrigger<SyncJob>("0 0/2 * * * ?");
                    quartz.AddJobWithTrigger<PurgeJob>("0 0 3 * * ?");
                });
            }
            """);

        Assert.Equal("0 0/2 * * * ?", Assert.Single(jobs.Single("SyncJob").Triggers).Cron!.Expression);
        var purge = jobs.Single("PurgeJob");
        Assert.Equal("0 0 3 * * ?", Assert.Single(purge.Triggers).Cron!.Expression);
        Assert.True(purge.IsRegistered);
        Assert.Equal(23, Assert.Single(purge.Registrations).Line);
    }

    [Fact]
    public async Task HangfireHelperOverAnInterface_IsTheCallersTypesJob()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;

            public interface IRecurring { Task RunAsync(); }
            public sealed class Export : IRecurring { public Task RunAsync() => Task.CompletedTask; }
            public sealed class Purge : IRecurring { public Task RunAsync() => Task.CompletedTask; }

            public static class Helpers
            {
                public static void Every<T>(IRecurringJobManager manager, string cron)
                    where T : IRecurring => manager.AddOrUpdate<T>(typeof(T).Name, job => job.RunAsync(), cron);
            }

            public static class Setup
            {
                public static void Register(IRecurringJobManager manager)
                {
                    Helpers.Every<Export>(manager, "0 2 * * *");
                    Helpers.Every<Purge>(manager, "0 4 * * *");
                }
            }
            """);

        Assert.Equal(["Export.RunAsync", "Purge.RunAsync"], jobs.Select(job => job.Id).Order(StringComparer.Ordinal));
        var export = Assert.Single(jobs.Single("Export").Triggers);
        Assert.Equal(("0 2 * * *", "Export"), (export.Cron!.Expression, export.Identity));
    }
}
