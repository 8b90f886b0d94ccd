using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Triggers;

namespace Introspect.Core.Tests.Jobs.Discovery;

/// <summary>Coravel action jobs: a delegate passed to Schedule or ScheduleAsync is a job with the chain's schedule.</summary>
public sealed class CoravelActionJobTests
{
    [Fact]
    public async Task ScheduledLambdasAndMethodGroups_AreJobsWithTheirSchedules()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Coravel;
            using Microsoft.Extensions.Hosting;

            public static class Housekeeping
            {
                public static void Vacuum() { }
            }

            public static class Schedule
            {
                public static void Use(IHost host) => host.Services.UseScheduler(scheduler =>
                {
                    scheduler.Schedule(() => Console.WriteLine("tick")).EveryFiveMinutes();
                    scheduler.ScheduleAsync(async () => await Task.Delay(10)).Cron("0 3 * * *").PreventOverlapping("nightly");
                    scheduler.Schedule(Housekeeping.Vacuum).EveryThirtySeconds();
                });
            }
            """);

        Assert.Equal(3, jobs.Length);
        Assert.All(jobs, job => Assert.Equal(JobFramework.Coravel, job.Framework));

        var tick = Assert.Single(jobs, job => job.Id == "Schedule.Use@13");
        Assert.Equal("lambda", tick.EntryMethod);
        Assert.Equal("Schedule.Use@13 (lambda)", tick.DisplayName); // two jobs of one type: the entry method is added
        Assert.Equal(13, tick.Location.Line);
        Assert.True(tick.IsRegistered);
        var every = Assert.Single(tick.Triggers);
        Assert.Equal(new CronSchedule("*/5 * * * *", CronDialect.Coravel, true, null), every.Cron);
        Assert.Equal("EveryFiveMinutes()", every.Mechanism);

        var nightly = Assert.Single(jobs, job => job.Id == "Schedule.Use@14");
        Assert.Equal("nightly", nightly.Concurrency.PreventOverlapping);
        Assert.Equal("0 3 * * *", Assert.Single(nightly.Triggers).Cron!.Expression);
        Assert.NotNull(nightly.Process);

        var vacuum = jobs.Single("Housekeeping");
        Assert.Equal("Vacuum", vacuum.EntryMethod);
        var interval = Assert.Single(vacuum.Triggers);
        Assert.Equal(TriggerKind.Interval, interval.Kind);
        Assert.Equal(TimeSpan.FromSeconds(30), interval.Interval);
    }

    [Fact]
    public async Task ScheduleMethodsOfOtherTypes_AreNotCoravelJobs()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Coravel.Invocable;

            public sealed class Calendar
            {
                public Calendar Schedule(Action actionToSchedule) => this;
                public Calendar ScheduleAsync(Func<Task> asyncTaskToSchedule) => this;
                public void EveryMinute() { }
            }

            public static class Planner
            {
                public static void Plan(Calendar calendar)
                {
                    calendar.Schedule(() => Console.WriteLine("meeting")).EveryMinute();
                    calendar.ScheduleAsync(() => Task.CompletedTask).EveryMinute();
                    Action later = () => Console.WriteLine("later");
                    later();
                }
            }
            """);

        Assert.Empty(jobs);
    }
}
