using Introspect.Diagrams.Timeline;

namespace Introspect.Diagrams.Tests;

public sealed class TimelineTests
{
    private static readonly DateOnly s_day = new(2026, 3, 1);

    private static TimeZoneInfo Berlin => TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void BerlinCron_IsDrawnAtItsUtcMinute_AndAtItsOwnMinuteInBerlin()
    {
        var utc = Row(ScheduleTimelineBuilder.Build(TestCatalog.Sample(), s_day, TimeZoneInfo.Utc), TestCatalog.Nightly);
        var berlin = Row(ScheduleTimelineBuilder.Build(TestCatalog.Sample(), s_day, Berlin), TestCatalog.Nightly);

        Assert.Equal([90], utc.Ticks.ToArray());
        Assert.Equal([150], berlin.Ticks.ToArray());
    }

    [Fact]
    public void EveryMinuteForAnHour_IsOneBand_NotSixtyTicks()
    {
        var row = Row(ScheduleTimelineBuilder.Build(TestCatalog.Sample(), s_day, TimeZoneInfo.Utc), TestCatalog.Retention);

        Assert.Empty(row.Ticks);
        Assert.Equal(new TimelineBand(60, 120, "60 runs, every minute"), Assert.Single(row.Bands));
    }

    [Fact]
    public void IntervalFromStartup_IsABandAllDayAndAStartupMark()
    {
        var row = Row(ScheduleTimelineBuilder.Build(TestCatalog.Sample(), s_day, TimeZoneInfo.Utc), TestCatalog.Watchdog);

        Assert.True(row.AtStartup);
        Assert.Equal(new TimelineBand(0, 1440, "every 15 seconds"), Assert.Single(row.Bands));
    }

    [Fact]
    public void InvalidCron_IsShownAsSuch_AndOnDemandJobsSayHow()
    {
        var timeline = ScheduleTimelineBuilder.Build(TestCatalog.Sample(), s_day, TimeZoneInfo.Utc);

        Assert.Equal("invalid cron '0 25 * * *': never runs", Row(timeline, TestCatalog.Purge).Invalid);
        Assert.StartsWith("fire-and-forget, enqueued by POST", Row(timeline, TestCatalog.Raid).OnDemand, StringComparison.Ordinal);
    }

    [Fact]
    public void JobsFiringInTheSameMinute_AreClusters()
    {
        var timeline = ScheduleTimelineBuilder.Build(TestCatalog.Sample(), s_day, TimeZoneInfo.Utc);

        // 01:30 UTC: the nightly scheduler and a retention run; 02:00 UTC: monitoring sync (every 2 hours) but nothing else.
        var cluster = Assert.Single(timeline.Clusters, cluster => cluster.Minute == 90);
        Assert.Equal(["Nightly snapshot scheduler", "Snapshot retention"], cluster.Titles.ToArray());
        Assert.DoesNotContain(timeline.Clusters, cluster => cluster.Minute == 120);
        Assert.Contains(timeline.Notes, note => note.StartsWith("Monitoring sync: cron '0 0 0/2 * * ?' runs in the server's local time zone", StringComparison.Ordinal));
    }

    [Fact]
    public void DaylightSavingChangeDay_HasANote()
    {
        var timeline = ScheduleTimelineBuilder.Build(TestCatalog.Sample(), new DateOnly(2026, 3, 29), Berlin);

        Assert.Contains(timeline.Notes, note => note.StartsWith("2026-03-29 has 23 hours in Europe/Berlin", StringComparison.Ordinal));
        // 02:30 does not exist in Berlin that day; Cronos runs the job at 03:00, when the clocks jump.
        Assert.Equal([180], Row(timeline, TestCatalog.Nightly).Ticks.ToArray());
    }

    private static TimelineRow Row(ScheduleTimeline timeline, string jobId) => Assert.Single(timeline.Rows, row => row.JobId == jobId);
}

public sealed class DaylightSavingNotesTests
{
    [Fact]
    public void NextChange_SaysWhichRunsAreSkippedOrMoved()
    {
        var notes = ScheduleTimelineBuilder.Build(TestCatalog.Sample(), new DateOnly(2026, 3, 1), TimeZoneInfo.Utc).Notes;

        Assert.Contains("Nightly snapshot scheduler (Europe/Berlin): on 2026-03-29 (clocks go forward) 1 run instead of 1: no run at 02:30, a run at 03:00.", notes);
        Assert.Contains(notes, note => note.StartsWith("Snapshot retention (Europe/Berlin): on 2026-03-29 (clocks go forward) ", StringComparison.Ordinal));
    }

    [Fact]
    public void AutumnChange_IsTheNextOneAfterTheSummer()
    {
        var notes = ScheduleTimelineBuilder.Build(TestCatalog.Sample(), new DateOnly(2026, 7, 1), TimeZoneInfo.Utc).Notes;

        Assert.DoesNotContain(notes, note => note.StartsWith("Nightly snapshot scheduler", StringComparison.Ordinal));
        Assert.Contains(notes, note => note.StartsWith("Snapshot retention (Europe/Berlin): on 2026-10-25 (clocks go back) ", StringComparison.Ordinal));
    }
}
