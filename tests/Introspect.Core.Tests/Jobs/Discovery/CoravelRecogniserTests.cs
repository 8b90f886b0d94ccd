using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Triggers;

namespace Introspect.Core.Tests.Jobs.Discovery;

public sealed class CoravelRecogniserTests
{
    [Fact]
    public async Task ScheduledInvocable_HasItsScheduleAsCronWithDaysZoneAndOverlapping()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Coravel;
            using Coravel.Invocable;
            using Microsoft.Extensions.Hosting;

            public sealed class Mailer : IInvocable { public Task Invoke() => Task.CompletedTask; }
            public sealed class Digest : IInvocable { public Task Invoke() => Task.CompletedTask; }
            public sealed class Unscheduled : IInvocable { public Task Invoke() => Task.CompletedTask; }

            public static class Schedule
            {
                public static void Use(IHost host) => host.Services.UseScheduler(scheduler =>
                {
                    scheduler.Schedule<Mailer>().DailyAt(6, 30).Weekday().Zoned(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")).PreventOverlapping("mailer");
                    scheduler.Schedule<Digest>().Cron("*/10 * * * *").RunOnceAtStart();
                });
            }
            """);

        var mailer = jobs.Single("Mailer");
        Assert.Equal(JobFramework.Coravel, mailer.Framework);
        Assert.Equal("Invoke", mailer.EntryMethod);
        Assert.Equal("mailer", mailer.Concurrency.PreventOverlapping);
        var trigger = Assert.Single(mailer.Triggers);
        Assert.Equal(new CronSchedule("30 6 * * 1,2,3,4,5", CronDialect.Coravel, true, null), trigger.Cron);
        Assert.Equal("DailyAt(6, 30)", trigger.Mechanism);
        Assert.Equal("Europe/Berlin", trigger.TimeZone);
        Assert.Equal("at 06:30 on Monday and Tuesday and Wednesday and Thursday and Friday (Europe/Berlin)", trigger.Description);

        var digest = Assert.Single(jobs.Single("Digest").Triggers);
        Assert.True(digest.RunsOnStartup);
        Assert.Equal(TimeZoneSource.FrameworkDefaultUtc, digest.TimeZoneSource);
        Assert.Equal("every 10 minutes (UTC)", digest.Description);

        var unscheduled = jobs.Single("Unscheduled");
        Assert.False(unscheduled.IsRegistered);
        Assert.Empty(unscheduled.Triggers);
    }

    [Fact]
    public async Task ClassWithInvokeThatIsNoInvocable_IsNotAJob()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            public sealed class MailerJob { public Task Invoke() => Task.CompletedTask; }
            """);

        Assert.Empty(jobs);
    }
}
