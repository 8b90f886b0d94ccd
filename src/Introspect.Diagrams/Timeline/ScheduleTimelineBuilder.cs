using System.Collections.Immutable;
using System.Globalization;
using Introspect.Core.Jobs;

namespace Introspect.Diagrams.Timeline;

/// <summary>Builds the 24-hour timeline of one day in a display zone from the job catalog; the day is given, never "today".</summary>
public static class ScheduleTimelineBuilder
{
    /// <summary>A row with more fires than this draws bands instead of ticks.</summary>
    public const int MaxTicks = 48;

    public static ScheduleTimeline Build(JobCatalog catalog, DateOnly day, TimeZoneInfo zone, IReadOnlyCollection<string>? onlyJobIds = null)
    {
        var start = ZoneDays.Start(zone, day);
        var end = ZoneDays.Start(zone, day.AddDays(1));
        var notes = new List<string>();
        if (end - start != TimeSpan.FromDays(1))
        {
            notes.Add($"{day:yyyy-MM-dd} has {(end - start).TotalHours.ToString(CultureInfo.InvariantCulture)} hours in {zone.Id} (a daylight-saving change): wall-clock minutes are drawn.");
        }

        var rows = new List<TimelineRow>();
        var firesByMinute = new SortedDictionary<int, SortedSet<string>>();
        foreach (var job in catalog.Jobs.Where(job => onlyJobIds is null || onlyJobIds.Count == 0 || onlyJobIds.Contains(job.Id)))
        {
            var minutes = new SortedSet<int>();
            var everyMinute = false;
            var bands = new List<TimelineBand>();
            string? invalid = null;
            var onDemand = new List<string>();
            foreach (var trigger in job.Triggers)
            {
                switch (trigger.Kind)
                {
                    case TriggerKind.Cron when trigger.Cron is { IsValid: false } cron:
                        invalid = $"invalid cron '{cron.Expression}': never runs";
                        break;
                    case TriggerKind.Cron when trigger.Cron is { } cron:
                        var jobZone = TimeZoneOf(trigger.TimeZone);
                        if (trigger.TimeZone is null)
                        {
                            notes.Add($"{job.DisplayName}: cron '{cron.Expression}' runs in the server's local time zone; drawn as UTC.");
                        }

                        notes.AddRange(DaylightSavingNotes.For(job, trigger, day));
                        var fires = CronFires.Between(cron, jobZone, start, end);
                        if (fires.Length >= CronFires.Cap)
                        {
                            bands.Add(new TimelineBand(0, ScheduleTimeline.MinutesPerDay, $"{CronFires.Cap} runs or more"));
                            everyMinute = true;
                            break;
                        }

                        foreach (var fire in fires)
                        {
                            minutes.Add(MinuteOfDay(fire, zone));
                        }

                        break;
                    case TriggerKind.Interval or TriggerKind.Startup when trigger.Interval is { } interval:
                        bands.Add(new TimelineBand(0, ScheduleTimeline.MinutesPerDay, Every(interval)));
                        everyMinute |= interval <= TimeSpan.FromMinutes(1) && interval > TimeSpan.Zero;
                        break;
                    case TriggerKind.Enqueued or TriggerKind.Delayed or TriggerKind.Continuation or TriggerKind.Message:
                        onDemand.Add(trigger.Description);
                        break;
                }
            }

            foreach (var minute in minutes)
            {
                (firesByMinute.TryGetValue(minute, out var titles) ? titles : firesByMinute[minute] = new SortedSet<string>(StringComparer.Ordinal)).Add(job.DisplayName);
            }

            var dense = minutes.Count > MaxTicks;
            rows.Add(new TimelineRow(job.Id, job.DisplayName, job.FrameworkName)
            {
                Ticks = dense ? [] : [.. minutes],
                Bands = [.. bands, .. dense ? Runs(minutes) : []],
                AtStartup = job.Triggers.Any(trigger => IsAtStartup(job, trigger)),
                Invalid = invalid,
                FireMinutes = everyMinute ? [.. Enumerable.Range(0, ScheduleTimeline.MinutesPerDay)] : [.. minutes],
                OnDemand = job.Triggers.IsEmpty ? "no trigger found" : onDemand.Count == 0 ? null : string.Join("; ", onDemand.Distinct(StringComparer.Ordinal)),
                Triggers = [.. job.Triggers.Select(trigger => trigger.Description).Distinct(StringComparer.Ordinal)],
            });
        }

        var clusters = firesByMinute.Where(pair => pair.Value.Count >= 2).Select(pair => new TimelineCluster(pair.Key, [.. pair.Value]));
        return new ScheduleTimeline(day, zone.Id, [.. rows.OrderBy(row => row.Title, StringComparer.Ordinal).ThenBy(row => row.JobId, StringComparer.Ordinal)], [.. clusters], [.. notes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The zone a cron runs in; none known (Quartz's server-local time) is drawn as UTC.</summary>
    private static TimeZoneInfo TimeZoneOf(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    private static bool IsAtStartup(Job job, JobTrigger trigger) =>
        trigger.Kind == TriggerKind.Startup || trigger.RunsOnStartup ||
        (trigger.Kind == TriggerKind.Interval && job.Framework is JobFramework.HostedService or JobFramework.ThreadingTimer or JobFramework.TimersTimer);

    private static int MinuteOfDay(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return (local.Hour * 60) + local.Minute;
    }

    /// <summary>Dense fires as bands: fires no more than 15 minutes apart belong to one band.</summary>
    private static IEnumerable<TimelineBand> Runs(SortedSet<int> minutes)
    {
        var list = minutes.ToList();
        var first = 0;
        for (var index = 1; index <= list.Count; index++)
        {
            if (index == list.Count || list[index] - list[index - 1] > 15)
            {
                var count = index - first;
                var gaps = list.Skip(first + 1).Take(count - 1).Select((minute, offset) => minute - list[first + offset]).Distinct().ToList();
                var label = count == 1 ? "1 run" : $"{count} runs";
                // Evenly spaced fires: the band lasts until the next fire would be, and says how often.
                yield return gaps.Count == 1
                    ? new TimelineBand(list[first], Math.Min(ScheduleTimeline.MinutesPerDay, list[index - 1] + gaps[0]), $"{label}, {Every(TimeSpan.FromMinutes(gaps[0]))}")
                    : new TimelineBand(list[first], list[index - 1] + 1, label);
                first = index;
            }
        }
    }

    internal static string Every(TimeSpan interval) => interval switch
    {
        { TotalDays: >= 1 } when interval.TotalDays % 1 == 0 => Plural((int)interval.TotalDays, "day"),
        { TotalHours: >= 1 } when interval.TotalHours % 1 == 0 => Plural((int)interval.TotalHours, "hour"),
        { TotalMinutes: >= 1 } when interval.TotalMinutes % 1 == 0 => Plural((int)interval.TotalMinutes, "minute"),
        _ => Plural((int)Math.Max(1, interval.TotalSeconds), "second"),
    };

    private static string Plural(int count, string unit) => count == 1 ? $"every {unit}" : $"every {count.ToString(CultureInfo.InvariantCulture)} {unit}s";
}
