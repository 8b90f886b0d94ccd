using System.Collections.Immutable;
using Introspect.Core.Jobs.Triggers;

namespace Introspect.Diagrams.Timeline;

/// <summary>The fires of a cron schedule between two instants, from the framework's own parser (via the job model).</summary>
public static class CronFires
{
    /// <summary>Fires counted in one day at most; more is drawn as continuous (a cron with seconds can fire 86,400 times).</summary>
    public const int Cap = 2000;

    public static ImmutableArray<DateTimeOffset> Between(CronSchedule schedule, TimeZoneInfo zone, DateTimeOffset start, DateTimeOffset end, int cap = Cap)
    {
        var parsed = CronParser.Parse(schedule.Expression, schedule.Dialect);
        var fires = ImmutableArray.CreateBuilder<DateTimeOffset>();
        var from = start.AddSeconds(-1);
        while (fires.Count < cap)
        {
            var batch = parsed.NextOccurrences(from, zone, 256);
            foreach (var fire in batch.TakeWhile(fire => fire < end).Take(cap - fires.Count))
            {
                fires.Add(fire);
            }

            if (batch.Length < 256 || batch[^1] >= end)
            {
                break;
            }

            from = batch[^1];
        }

        return fires.ToImmutable();
    }
}
