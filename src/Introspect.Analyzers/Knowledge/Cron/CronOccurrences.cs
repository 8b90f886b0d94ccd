namespace Introspect.Analyzers.Knowledge.Cron;

/// <summary>When an evaluable schedule fires, in wall-clock time of its zone (time zones are applied by the caller).</summary>
internal static class CronOccurrences
{
    /// <summary>The wall-clock times the schedule fires on <paramref name="date"/>, in order; empty when the date does not match.</summary>
    public static IEnumerable<DateTime> On(CronReading reading, DateTime date)
    {
        if (!reading.IsEvaluable || !reading.MatchesDate(date))
        {
            yield break;
        }

        var seconds = reading[CronFieldKind.Second].Values();
        var minutes = reading[CronFieldKind.Minute].Values();
        foreach (var hour in reading[CronFieldKind.Hour].Values())
        {
            foreach (var minute in minutes)
            {
                foreach (var second in seconds)
                {
                    yield return date.Date.AddHours(hour).AddMinutes(minute).AddSeconds(second);
                }
            }
        }
    }

    /// <summary>Whether the schedule fires on at least one date of any year (it may not: Feb 30, or Coravel's minute 75).</summary>
    public static bool CanEverFire(CronReading reading)
    {
        if (!reading.IsEvaluable)
        {
            return true;
        }

        if (reading.Fields.Any(static field => field.IsEmpty))
        {
            return false;
        }

        // 2024-2052 holds every date on every weekday, 29 February included.
        for (var date = new DateTime(2024, 1, 1); date.Year < 2052; date = date.AddDays(1))
        {
            if (reading.MatchesDate(date))
            {
                return true;
            }
        }

        return false;
    }
}
