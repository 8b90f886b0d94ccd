using Introspect.Analyzers.Knowledge.Cron;

namespace Introspect.Analyzers.Tests.JobDefinitions;

/// <summary>
/// Introspect's one table of Hangfire's Cron.* helpers (read by the cron rules and by job discovery in Core) agrees with
/// the real helpers of the Hangfire version in use.
/// </summary>
public sealed class HangfireCronHelpersTests
{
    public static TheoryData<string, int[], string> Helpers => new()
    {
        { "Minutely", [], global::Hangfire.Cron.Minutely() },
        { "Hourly", [], global::Hangfire.Cron.Hourly() },
        { "Hourly", [15], global::Hangfire.Cron.Hourly(15) },
        { "Daily", [], global::Hangfire.Cron.Daily() },
        { "Daily", [2], global::Hangfire.Cron.Daily(2) },
        { "Daily", [2, 30], global::Hangfire.Cron.Daily(2, 30) },
        { "Weekly", [], global::Hangfire.Cron.Weekly() },
        { "Weekly", [3], global::Hangfire.Cron.Weekly(DayOfWeek.Wednesday) },
        { "Weekly", [3, 4], global::Hangfire.Cron.Weekly(DayOfWeek.Wednesday, 4) },
        { "Weekly", [3, 4, 5], global::Hangfire.Cron.Weekly(DayOfWeek.Wednesday, 4, 5) },
        { "Monthly", [], global::Hangfire.Cron.Monthly() },
        { "Monthly", [3, 4, 5], global::Hangfire.Cron.Monthly(3, 4, 5) },
        { "Yearly", [3, 4, 5, 6], global::Hangfire.Cron.Yearly(3, 4, 5, 6) },
        { "Never", [], global::Hangfire.Cron.Never() },
        { "HourInterval", [3], global::Hangfire.Cron.HourInterval(3) },
        { "DayInterval", [3], global::Hangfire.Cron.DayInterval(3) },
        { "MonthInterval", [3], global::Hangfire.Cron.MonthInterval(3) },
    };

    [Theory]
    [MemberData(nameof(Helpers))]
    public void Helper_GivesWhatHangfireGives(string helper, int[] arguments, string expected) =>
        Assert.Equal(expected, HangfireCronHelpers.Evaluate(helper, arguments));
}
