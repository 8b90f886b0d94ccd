using System.Globalization;

namespace Introspect.Analyzers.Knowledge.Cron;

/// <summary>
/// The words rule messages use for a schedule's times; they match Introspect.Core's CronDescriber ("every minute from
/// 02:00 to 02:59", "at 02:30") so that <c>introspect jobs</c> and the rules say the same thing (tested on the sample).
/// </summary>
internal static class CronWording
{
    /// <summary>"every minute from 02:00 to 02:59", with " (hours 2,14)" when the hours are not one range.</summary>
    public static string EveryMinuteDuring(CronField hour)
    {
        var hours = hour.Values();
        var isRange = hour.Text.IndexOf('-') >= 0 && hour.Text.IndexOf(',') < 0;
        return $"every minute from {Clock(hours[0], 0)} to {Clock(hours[hours.Count - 1], 59)}"
            + (hours.Count > 1 && !isRange ? $" (hours {hour.Text})" : string.Empty);
    }

    public static string Clock(int hour, int minute) => string.Format(CultureInfo.InvariantCulture, "{0:00}:{1:00}", hour, minute);

    public static string List(IReadOnlyList<int> values) =>
        values.Count <= 6
            ? string.Join(", ", values.Select(value => value.ToString(CultureInfo.InvariantCulture)))
            : string.Join(", ", values.Take(3).Select(value => value.ToString(CultureInfo.InvariantCulture))) + " .. " + values[values.Count - 1].ToString(CultureInfo.InvariantCulture);
}
