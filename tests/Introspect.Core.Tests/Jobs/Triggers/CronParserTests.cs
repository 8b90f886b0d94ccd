using Introspect.Core.Jobs.Triggers;

namespace Introspect.Core.Tests.Jobs.Triggers;

/// <summary>Cron text read by each framework's own parser: valid or invalid with the parser's reason, in words, and the next runs.</summary>
public sealed class CronParserTests
{
    private static readonly DateTimeOffset From = new(2026, 3, 27, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("30 2 * * *", CronDialect.Hangfire, "at 02:30 every day")]
    [InlineData("0 0/2 * * * ?", CronDialect.Quartz, "every 2 minutes")]
    [InlineData("0 */5 * * * *", CronDialect.NCrontab, "every 5 minutes")]
    [InlineData("*/10 * * * *", CronDialect.Coravel, "every 10 minutes")]
    [InlineData("* 2 * * *", CronDialect.Hangfire, "every minute from 02:00 to 02:59 every day")]
    [InlineData("0 9 * * 1-5", CronDialect.Hangfire, "at 09:00 on Monday to Friday")]
    [InlineData("15 * * * *", CronDialect.Hangfire, "at minute 15 of every hour")]
    [InlineData("0 30 6 1 * ?", CronDialect.Quartz, "at 06:30 on day 1 of every month")]
    [InlineData("0 0 12 ? * 6#3", CronDialect.Quartz, "cron '0 0 12 ? * 6#3'")]
    [InlineData("*/15 * * * * *", CronDialect.Hangfire, "every 15 seconds")]
    public void ValidExpression_IsDescribedInWords(string expression, CronDialect dialect, string description)
    {
        var cron = CronParser.Parse(expression, dialect);

        Assert.True(cron.Schedule.IsValid, cron.Schedule.Error);
        Assert.Equal(description, CronDescriber.Describe(cron));
    }

    [Theory]
    [InlineData("0 25 * * *", CronDialect.Hangfire, "Hours")]
    [InlineData("0 25 * * *", CronDialect.Coravel, "Hours")]
    [InlineData("0 0 25 * * ?", CronDialect.Quartz, "Hour")]
    [InlineData("0 */5 * * *", CronDialect.NCrontab, "6 fields")]
    [InlineData("0 2 * *", CronDialect.Quartz, "6 or 7 fields")]
    [InlineData("H 2 * * *", CronDialect.Hangfire, "'H'")]
    [InlineData("every day", CronDialect.Hangfire, "")]
    public void InvalidExpression_IsReportedWithTheParsersReason(string expression, CronDialect dialect, string reason)
    {
        var cron = CronParser.Parse(expression, dialect);

        Assert.False(cron.Schedule.IsValid);
        Assert.Contains(reason, cron.Schedule.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(cron.NextOccurrences(From, TimeZoneInfo.Utc, 3));
        Assert.StartsWith("invalid cron", CronDescriber.Describe(cron), StringComparison.Ordinal);
    }

    [Fact]
    public void NextOccurrences_FollowTheTimeZoneAcrossTheSpringChange()
    {
        // Berlin moves to summer time on 29 March 2026: 02:30 does not exist that night.
        var runs = CronParser.Parse("30 2 * * *", CronDialect.Hangfire).NextOccurrences(From, Berlin, 4);

        Assert.Equal(
            ["2026-03-28T02:30:00+01:00", "2026-03-29T03:00:00+02:00", "2026-03-30T02:30:00+02:00", "2026-03-31T02:30:00+02:00"],
            runs.Select(run => run.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void QuartzNextOccurrences_AreInTheGivenZone()
    {
        var runs = CronParser.Parse("0 0/2 * * * ?", CronDialect.Quartz).NextOccurrences(From, Berlin, 2);

        Assert.Equal([new DateTimeOffset(2026, 3, 27, 13, 2, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 3, 27, 13, 4, 0, TimeSpan.FromHours(1))], runs.ToArray());
        Assert.Equal(TimeSpan.FromHours(1), runs[0].Offset);
    }

    [Fact]
    public void NCrontabNextOccurrences_AreInUtcByDefault()
    {
        var runs = CronParser.Parse("0 */5 * * * *", CronDialect.NCrontab).NextOccurrences(From, TimeZoneInfo.Utc, 2);

        Assert.Equal([From.AddMinutes(5), From.AddMinutes(10)], runs.ToArray());
    }

    [Theory]
    [InlineData(15, "every 15 seconds")]
    [InlineData(60, "every minute")]
    [InlineData(300, "every 5 minutes")]
    [InlineData(3600, "every hour")]
    [InlineData(5400, "every 90 minutes")]
    [InlineData(86400, "every day")]
    public void Intervals_AreDescribedInWords(int seconds, string description) =>
        Assert.Equal(description, Durations.Every(TimeSpan.FromSeconds(seconds)));
}
