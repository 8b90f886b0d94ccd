using System.Collections.Immutable;
using Introspect.Diagrams.Resources;

namespace Introspect.Diagrams.Timeline;

/// <summary>
/// Finds the minutes of the timeline's day when two jobs that write the same resource fire together: for each resource
/// the resources map counts as contended-capable (a named table, HTTP client or host, or path, not a DbContext behind
/// SaveChanges), the jobs among its writers whose <see cref="TimelineRow.FireMinutes"/> hold the minute.
/// </summary>
public static class TimelineClashes
{
    public static ImmutableArray<TimelineClash> Find(ScheduleTimeline timeline, ResourceMap map)
    {
        var fires = timeline.Rows.ToDictionary(row => row.JobId, row => row.FireMinutes.ToHashSet(), StringComparer.Ordinal);
        var shared = map.Resources
            .Where(resource => resource.Contention == ResourceContention.WriteWrite)
            .Select(resource => (resource.Name, Writers: resource.Writers.Where(fires.ContainsKey).ToList()))
            .Where(resource => resource.Writers.Count >= 2)
            .ToList();
        var clashes = new List<TimelineClash>();
        for (var minute = 0; minute < ScheduleTimeline.MinutesPerDay; minute++)
        {
            foreach (var (name, writers) in shared)
            {
                var firing = writers.Where(jobId => fires[jobId].Contains(minute)).ToList();
                if (firing.Count >= 2)
                {
                    clashes.Add(new TimelineClash(minute, name, [.. firing]));
                }
            }
        }

        return [.. clashes.OrderBy(clash => clash.Minute).ThenBy(clash => clash.Resource, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A row's clashes as stretches of the day, for drawing: clash minutes at most 15 minutes apart make one stretch, with the
    /// resources and the other jobs of all its minutes.
    /// </summary>
    public static ImmutableArray<ClashStretch> StretchesOf(ScheduleTimeline timeline, string jobId)
    {
        var mine = timeline.Clashes.Where(clash => clash.JobIds.Contains(jobId)).ToList();
        var stretches = new List<ClashStretch>();
        var index = 0;
        while (index < mine.Count)
        {
            var end = index;
            while (end + 1 < mine.Count && mine[end + 1].Minute - mine[end].Minute <= 15)
            {
                end++;
            }

            var part = mine.GetRange(index, end - index + 1);
            stretches.Add(new ClashStretch(
                part[0].Minute,
                part[^1].Minute + 1,
                [.. part.Select(clash => clash.Minute).Distinct()],
                [.. part.Select(clash => clash.Resource).Distinct().Order(StringComparer.Ordinal)],
                [.. part.SelectMany(clash => clash.JobIds).Where(other => other != jobId).Distinct().Order(StringComparer.Ordinal)]));
            index = end + 1;
        }

        return [.. stretches];
    }
}

/// <summary>A stretch of a row's day with clashes: from <see cref="StartMinute"/> to <see cref="EndMinute"/> (exclusive).</summary>
public sealed record ClashStretch(int StartMinute, int EndMinute, ImmutableArray<int> Minutes, ImmutableArray<string> Resources, ImmutableArray<string> OtherJobIds);
