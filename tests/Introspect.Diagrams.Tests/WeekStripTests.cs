using Introspect.Core.Jobs;
using Introspect.Diagrams.Timeline;

namespace Introspect.Diagrams.Tests;

public sealed class WeekStripTests
{
    [Fact]
    public void WeeklyCron_FillsOneHourOfTheWeek_AndEveryMinuteFillsAnHourADay()
    {
        var weekly = TestCatalog.Job("Ops.Reports.WeeklyReport.Run", "Weekly report", JobFramework.Hangfire, TestCatalog.Cron("0 9 * * 1", null, "at 09:00 on Monday"));
        var catalog = TestCatalog.Sample() with { Jobs = [.. TestCatalog.Sample().Jobs, weekly] };

        // 2026-03-01 is a Sunday: Monday 09:00 is hour 24 + 9.
        var week = WeekStripBuilder.Build(catalog, new DateOnly(2026, 3, 1), TimeZoneInfo.Utc);

        var report = Assert.Single(week.Rows, row => row.Title == "Weekly report");
        Assert.Equal([33], Enumerable.Range(0, WeekStrip.Hours).Where(hour => report.Fires[hour] > 0).ToArray());
        var retention = Assert.Single(week.Rows, row => row.JobId == TestCatalog.Retention);
        Assert.Equal([1, 25, 49, 73, 97, 121, 145], Enumerable.Range(0, WeekStrip.Hours).Where(hour => retention.Fires[hour] > 0).ToArray());
        Assert.Equal(60, retention.Fires[1]);
        Assert.Equal("invalid cron '0 25 * * *': never runs", Assert.Single(week.Rows, row => row.JobId == TestCatalog.Purge).Invalid);
        Assert.Equal(1, week.IntervalJobs);
    }
}

public sealed class DenseCronTests
{
    [Fact]
    public void EverySecond_IsOneBandAllDay_AndEveryTwoMinutesFillsTheWholeWeek()
    {
        var seconds = TestCatalog.Job("Ops.Hot.Loop.Run", "Every second", JobFramework.Hangfire, TestCatalog.Cron("* * * * * *", null, "every second"));
        var twoMinutes = TestCatalog.Job("Ops.Sync.Job.Run", "Every two minutes", JobFramework.Hangfire, TestCatalog.Cron("*/2 * * * *", null, "every 2 minutes"));
        var catalog = TestCatalog.Catalog(seconds, twoMinutes);

        var day = ScheduleTimelineBuilder.Build(catalog, new DateOnly(2026, 3, 1), TimeZoneInfo.Utc);
        var week = WeekStripBuilder.Build(catalog, new DateOnly(2026, 3, 1), TimeZoneInfo.Utc);

        Assert.Equal(new TimelineBand(0, 1440, "2000 runs or more"), Assert.Single(Assert.Single(day.Rows, row => row.Title == "Every second").Bands));
        Assert.All(Assert.Single(week.Rows, row => row.Title == "Every two minutes").Fires, fires => Assert.Equal(30, fires));
    }
}
