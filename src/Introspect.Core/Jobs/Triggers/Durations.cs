using System.Globalization;

namespace Introspect.Core.Jobs.Triggers;

/// <summary>Intervals in words: "every 15 seconds", "every 5 minutes", "every 1.5 hours".</summary>
public static class Durations
{
    /// <summary>"every 5 minutes", and "every minute" rather than "every 1 minute".</summary>
    public static string Every(TimeSpan interval) =>
        interval <= TimeSpan.Zero ? "continuously" : Describe(interval) is var text && text.StartsWith("1 ", StringComparison.Ordinal) ? $"every {text[2..]}" : $"every {text}";

    public static string Describe(TimeSpan interval)
    {
        if (interval.TotalDays >= 1 && interval.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return Unit(interval.TotalDays, "day");
        }

        if (interval.TotalHours >= 1 && interval.Ticks % TimeSpan.TicksPerHour == 0)
        {
            return Unit(interval.TotalHours, "hour");
        }

        if (interval.TotalMinutes >= 1 && interval.Ticks % TimeSpan.TicksPerMinute == 0)
        {
            return Unit(interval.TotalMinutes, "minute");
        }

        return interval.Ticks % TimeSpan.TicksPerSecond == 0 ? Unit(interval.TotalSeconds, "second") : Unit(interval.TotalMilliseconds, "millisecond");
    }

    private static string Unit(double count, string unit) =>
        count == 1 ? $"1 {unit}" : $"{count.ToString("0.###", CultureInfo.InvariantCulture)} {unit}s";
}
