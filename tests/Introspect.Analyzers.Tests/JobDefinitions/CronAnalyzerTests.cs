using Introspect.Analyzers.JobDefinitions;
using Introspect.Analyzers.Tests.Verifiers;

namespace Introspect.Analyzers.Tests.JobDefinitions;

public sealed class CronAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Hangfire;
        using Quartz;
        using CoravelScheduler = Coravel.Scheduling.Schedule.Interfaces.IScheduler;

        public sealed class PurgeJob { public Task RunAsync(CancellationToken token) => Task.CompletedTask; }
        public sealed class Mailer : Coravel.Invocable.IInvocable { public Task Invoke() => Task.CompletedTask; }

        """;

    [Theory]
    [InlineData("{|INTR301:\"0 25 * * *\"|}")]
    [InlineData("{|INTR301:\"H 2 * * *\"|}")]
    [InlineData("{|INTR301:\"*/0 * * * *\"|}")]
    [InlineData("{|INTR301:Cron.Daily(25)|}")]
    public Task Hangfire_schedules_Cronos_rejects_are_flagged(string cron) =>
        AnalyzerVerifier<InvalidCronAnalyzer>.VerifyAsync(Usings + $$"""
            public static class Registrations
            {
                public static void Register(IRecurringJobManager jobs) =>
                    jobs.AddOrUpdate<PurgeJob>("purge", job => job.RunAsync(CancellationToken.None), {{cron}});
            }
            """);

    [Theory]
    [InlineData("\"25 0 * * *\"")]
    [InlineData("\"0 0 * * 7\"")]
    [InlineData("\"0 0 ? * MON-FRI\"")]
    [InlineData("\"0 0 * * 1#2\"")]
    [InlineData("\"@daily\"")]
    [InlineData("Cron.Daily(2, 30)")]
    [InlineData("Cron.Never()")]
    [InlineData("Environment.GetEnvironmentVariable(\"PURGE_CRON\")!")]
    public Task Hangfire_schedules_Cronos_accepts_are_not_flagged(string cron) =>
        AnalyzerVerifier<InvalidCronAnalyzer>.VerifyAsync(Usings + $$"""
            public static class Registrations
            {
                public static void Register(IRecurringJobManager jobs) =>
                    jobs.AddOrUpdate<PurgeJob>("purge", job => job.RunAsync(CancellationToken.None), {{cron}});
            }
            """);

    [Theory]
    [InlineData("{|INTR301:\"75 * * * *\"|}")]
    [InlineData("{|INTR301:\"0 0 * * 7\"|}")]
    [InlineData("{|INTR301:\"0 0 * * MON\"|}")]
    [InlineData("{|INTR301:\"0  2 * * *\"|}")]
    public Task Coravel_schedules_it_rejects_or_never_fires_are_flagged(string cron) =>
        AnalyzerVerifier<InvalidCronAnalyzer>.VerifyAsync(Usings + $$"""
            public static class Schedule
            {
                public static void Register(CoravelScheduler scheduler) => scheduler.Schedule<Mailer>().Cron({{cron}});
            }
            """);

    [Theory]
    [InlineData("\"15 * * * *\"")]
    [InlineData("\"0 0 * * 0\"")]
    [InlineData("\"*/15 * * * *\"")]
    [InlineData("\"0 8-17 * * 1-5\"")]
    public Task Coravel_schedules_that_fire_are_not_flagged(string cron) =>
        AnalyzerVerifier<InvalidCronAnalyzer>.VerifyAsync(Usings + $$"""
            public static class Schedule
            {
                public static void Register(CoravelScheduler scheduler) => scheduler.Schedule<Mailer>().Cron({{cron}});
            }
            """);

    [Fact]
    public Task Quartz_strings_are_left_to_QZ0001() =>
        AnalyzerVerifier<InvalidCronAnalyzer>.VerifyAsync(Usings + """
            public static class Schedule
            {
                public static ITrigger Build() => TriggerBuilder.Create().WithCronSchedule("0 25 * * *").Build();
            }
            """);

    [Theory]
    [InlineData("{|INTR302:\"* 2 * * *\"|}")]
    [InlineData("{|INTR302:\"* * 2 * * *\"|}")]
    [InlineData("{|INTR302:\"*/7 * * * *\"|}")]
    [InlineData("{|INTR302:Cron.MinuteInterval(7)|}")]
    [InlineData("{|INTR302:\"0 0 13 * 5\"|}")]
    [InlineData("{|INTR302:\"0 0 30 2 *\"|}")]
    [InlineData("{|INTR302:\"0 0 12 ? * 1\"|}")]
    public Task Hangfire_schedules_that_mean_something_else_are_flagged(string cron) =>
        AnalyzerVerifier<MisleadingCronAnalyzer>.VerifyAsync(Usings + $$"""
            public static class Registrations
            {
                public static void Register(IRecurringJobManager jobs) =>
                    jobs.AddOrUpdate<PurgeJob>("purge", job => job.RunAsync(CancellationToken.None), {{cron}});
            }
            """);

    [Theory]
    [InlineData("\"0 2 * * *\"")]
    [InlineData("\"0 0 2 * * *\"")]
    [InlineData("\"*/15 * * * *\"")]
    [InlineData("Cron.MinuteInterval(5)")]
    [InlineData("\"0 0 13 * *\"")]
    [InlineData("\"0 0 29 2 *\"")]
    [InlineData("\"0 12 * * 1\"")]
    [InlineData("\"* * * * *\"")]
    [InlineData("Cron.Never()")]
    [InlineData("Cron.Weekly()")]
    public Task Hangfire_schedules_that_mean_what_they_say_are_not_flagged(string cron) =>
        AnalyzerVerifier<MisleadingCronAnalyzer>.VerifyAsync(Usings + $$"""
            public static class Registrations
            {
                public static void Register(IRecurringJobManager jobs) =>
                    jobs.AddOrUpdate<PurgeJob>("purge", job => job.RunAsync(CancellationToken.None), {{cron}});
            }
            """);

    [Theory]
    [InlineData("{|INTR302:\"0 0 12 ? * 2\"|}")]
    [InlineData("{|INTR302:\"0 0 0 13 * FRI\"|}")]
    [InlineData("{|INTR302:\"0 */7 * * * ?\"|}")]
    public Task Quartz_schedules_that_mean_something_else_are_flagged(string cron) =>
        AnalyzerVerifier<MisleadingCronAnalyzer>.VerifyAsync(Usings + $$"""
            public static class Schedule
            {
                public static ITrigger Build() => TriggerBuilder.Create().WithCronSchedule({{cron}}).Build();
            }
            """);

    [Theory]
    [InlineData("\"0 0 12 ? * MON\"")]
    [InlineData("\"0 0 0 13 * ?\"")]
    [InlineData("\"0 0/2 * * * ?\"")]
    public Task Quartz_schedules_that_mean_what_they_say_are_not_flagged(string cron) =>
        AnalyzerVerifier<MisleadingCronAnalyzer>.VerifyAsync(Usings + $$"""
            public static class Schedule
            {
                public static ITrigger Build() => TriggerBuilder.Create().WithCronSchedule({{cron}}).Build();
            }
            """);

    [Fact]
    public Task Coravel_divisible_steps_are_flagged_and_even_ones_explained() =>
        AnalyzerVerifier<MisleadingCronAnalyzer>.VerifyAsync(Usings + """
            public static class Schedule
            {
                public static void Register(CoravelScheduler scheduler)
                {
                    scheduler.Schedule<Mailer>().Cron({|INTR302:"*/7 * * * *"|});
                    scheduler.Schedule<Mailer>().Cron("0 3 * * *");
                    scheduler.Schedule<Mailer>().Cron("0 3 * * 1-5");
                }
            }
            """);

    [Fact]
    public Task Daylight_saving_hour_and_missing_Quartz_zone_are_flagged() =>
        AnalyzerVerifier<CronTimeZoneAnalyzer>.VerifyAsync(Usings + """
            public static class Schedule
            {
                public static void Register(CoravelScheduler scheduler, IRecurringJobManager jobs)
                {
                    var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
                    scheduler.Schedule<Mailer>().Cron({|INTR303:"30 2 * * *"|}).Zoned(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
                    jobs.AddOrUpdate<PurgeJob>("purge", job => job.RunAsync(CancellationToken.None), {|INTR303:"30 2 * * *"|},
                        new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin") });
                    TriggerBuilder.Create().WithCronSchedule({|INTR303:"0 0 4 * * ?"|}).Build();
                }
            }
            """);

    [Fact]
    public Task Schedules_outside_the_change_or_with_zones_are_not_flagged() =>
        AnalyzerVerifier<CronTimeZoneAnalyzer>.VerifyAsync(Usings + """
            public static class Schedule
            {
                public static void Register(CoravelScheduler scheduler, IRecurringJobManager jobs, string zoneId)
                {
                    scheduler.Schedule<Mailer>().Cron("30 4 * * *").Zoned(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
                    scheduler.Schedule<Mailer>().Cron("30 2 * * *");
                    scheduler.Schedule<Mailer>().Cron("30 2 * * *").Zoned(TimeZoneInfo.FindSystemTimeZoneById(zoneId));
                    jobs.AddOrUpdate<PurgeJob>("purge", job => job.RunAsync(CancellationToken.None), "30 2 * * *",
                        new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
                    TriggerBuilder.Create().WithCronSchedule("0 0 4 * * ?", cron => cron.InTimeZone(TimeZoneInfo.Utc)).Build();
                    TriggerBuilder.Create().WithCronSchedule("0 0/2 * * * ?").Build();
                }
            }
            """);

    [Theory]
    [InlineData("jobs.AddOrUpdate<PurgeJob>(\"purge\", job => job.RunAsync(CancellationToken.None), \"0 2 * * *\" +")]
    [InlineData("jobs.AddOrUpdate<PurgeJob>(\"purge\", job => job.RunAsync(CancellationToken.None), Cron.Daily(")]
    [InlineData("TriggerBuilder.Create().WithCronSchedule(")]
    public async Task Broken_code_does_not_throw(string fragment)
    {
        var test = new AnalyzerVerifier<MisleadingCronAnalyzer>.Test
        {
            TestCode = Usings + "public static class Broken { public static void Register(IRecurringJobManager jobs) { " + fragment + " } }",
        };
        test.CompilerDiagnostics = Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.None;
        await test.RunAsync();
    }

    [Fact]
    public Task Huge_strings_are_left_unjudged() =>
        AnalyzerVerifier<InvalidCronAnalyzer>.VerifyAsync(Usings + $$"""
            public static class Registrations
            {
                public static void Register(IRecurringJobManager jobs) =>
                    jobs.AddOrUpdate<PurgeJob>("purge", job => job.RunAsync(CancellationToken.None), "{{new string('1', 5000)}} * * * *");
            }
            """);
}
