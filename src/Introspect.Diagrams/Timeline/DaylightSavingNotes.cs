using System.Globalization;
using Introspect.Core.Jobs;

namespace Introspect.Diagrams.Timeline;

/// <summary>
/// What the next daylight-saving change does to each cron job in a zone that has one: the fires of the change day
/// against those of the day before, in the job's zone, from the framework's own parser (Cronos, Quartz and NCrontab
/// skip, move or repeat runs differently, and so does this note).
/// </summary>
public static class DaylightSavingNotes
{
    public static IEnumerable<string> For(Job job, JobTrigger trigger, DateOnly from)
    {
        if (trigger.Cron is not { IsValid: true } cron || trigger.TimeZone is not { } zoneId ||
            !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) || !zone.SupportsDaylightSavingTime)
        {
            yield break;
        }

        if (NextChangeDay(zone, from) is not { } change)
        {
            yield break;
        }

        var before = LocalFires(cron, zone, change.AddDays(-1));
        var during = LocalFires(cron, zone, change);
        var skipped = Minus(before, during);
        var added = Minus(during, before);
        if (skipped.Count == 0 && added.Count == 0)
        {
            yield break;
        }

        var direction = ZoneDays.Length(zone, change) < TimeSpan.FromDays(1) ? "clocks go forward" : "clocks go back";
        var parts = new List<string>();
        if (skipped.Count > 0)
        {
            parts.Add("no run at " + List(skipped));
        }

        if (added.Count > 0)
        {
            parts.Add((before.Intersect(added).Any() ? "a second run at " : "a run at ") + List(added));
        }

        yield return $"{job.DisplayName} ({zoneId}): on {change.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({direction}) " +
            $"{Runs(during.Count)} instead of {before.Count.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", parts)}.";
    }

    private static DateOnly? NextChangeDay(TimeZoneInfo zone, DateOnly from)
    {
        for (var day = from; day < from.AddDays(370); day = day.AddDays(1))
        {
            if (ZoneDays.Length(zone, day) != TimeSpan.FromDays(1))
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>Local clock times (HH:mm) of the day's fires in the job's zone, repeats kept.</summary>
    private static List<string> LocalFires(Core.Jobs.Triggers.CronSchedule cron, TimeZoneInfo zone, DateOnly day) =>
        [.. CronFires.Between(cron, zone, ZoneDays.Start(zone, day), ZoneDays.Start(zone, day.AddDays(1)))
            .Select(fire => TimeZoneInfo.ConvertTime(fire, zone).ToString("HH:mm", CultureInfo.InvariantCulture))];

    /// <summary>The multiset difference: each time in <paramref name="left"/> as often as it is there more than in <paramref name="right"/>.</summary>
    private static List<string> Minus(List<string> left, List<string> right)
    {
        var remaining = right.ToList();
        var result = new List<string>();
        foreach (var time in left)
        {
            if (!remaining.Remove(time))
            {
                result.Add(time);
            }
        }

        return result;
    }

    private static string Runs(int count) => count == 1 ? "1 run" : $"{count.ToString(CultureInfo.InvariantCulture)} runs";

    private static string List(List<string> times) =>
        times.Count <= 3 ? string.Join(", ", times) : $"{string.Join(", ", times.Take(3))} and {(times.Count - 3).ToString(CultureInfo.InvariantCulture)} more";
}
