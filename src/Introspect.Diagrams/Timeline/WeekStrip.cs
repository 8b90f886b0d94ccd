using System.Collections.Immutable;
using Introspect.Core.Jobs;

namespace Introspect.Diagrams.Timeline;

/// <summary>
/// Seven days from a given day, hour by hour, in a display zone: how many times each cron job fires in each hour, so
/// weekly and monthly schedules show where a single day does not.
/// </summary>
public sealed record WeekStrip(DateOnly FirstDay, string Zone, ImmutableArray<WeekRow> Rows, int IntervalJobs)
{
    public const int Hours = 7 * 24;
}

/// <summary>A job's fires per hour of the week (index = day * 24 + hour), or why it never fires.</summary>
public sealed record WeekRow(string JobId, string Title, ImmutableArray<int> Fires, string? Invalid);

public static class WeekStripBuilder
{
    public static WeekStrip Build(JobCatalog catalog, DateOnly firstDay, TimeZoneInfo zone, IReadOnlyCollection<string>? onlyJobIds = null)
    {
        var start = ZoneDays.Start(zone, firstDay);
        var end = ZoneDays.Start(zone, firstDay.AddDays(7));
        var rows = new List<WeekRow>();
        var intervals = 0;
        foreach (var job in catalog.Jobs.Where(job => onlyJobIds is null || onlyJobIds.Count == 0 || onlyJobIds.Contains(job.Id)))
        {
            var crons = job.Triggers.Where(trigger => trigger.Kind == TriggerKind.Cron && trigger.Cron is not null).ToList();
            intervals += job.Triggers.Any(trigger => trigger.Kind == TriggerKind.Interval) && crons.Count == 0 ? 1 : 0;
            if (crons.Count == 0)
            {
                continue;
            }

            var fires = new int[WeekStrip.Hours];
            string? invalid = null;
            foreach (var trigger in crons)
            {
                if (!trigger.Cron!.IsValid)
                {
                    invalid = $"invalid cron '{trigger.Cron.Expression}': never runs";
                    continue;
                }

                var jobZone = trigger.TimeZone is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
                foreach (var fire in CronFires.Between(trigger.Cron, jobZone, start, end, cap: 7 * 24 * 60 * 2))
                {
                    var local = TimeZoneInfo.ConvertTime(fire, zone);
                    var dayIndex = DateOnly.FromDateTime(local.DateTime).DayNumber - firstDay.DayNumber;
                    if (dayIndex is >= 0 and < 7)
                    {
                        fires[(dayIndex * 24) + local.Hour]++;
                    }
                }
            }

            rows.Add(new WeekRow(job.Id, job.DisplayName, [.. fires], invalid));
        }

        return new WeekStrip(firstDay, zone.Id, [.. rows.OrderBy(row => row.Title, StringComparer.Ordinal).ThenBy(row => row.JobId, StringComparer.Ordinal)], intervals);
    }
}
