using System.Globalization;

namespace Introspect.Core.Jobs.Triggers;

/// <summary>
/// Says a cron schedule in words for the common shapes ("every 2 minutes", "at 02:30 every day", "every minute from
/// 02:00 to 02:59 every day"); shapes it does not know are described by their fields, never guessed.
/// </summary>
public static class CronDescriber
{
    private static readonly string[] DayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Describe(ParsedCron cron)
    {
        if (!cron.Schedule.IsValid)
        {
            return $"invalid cron '{cron.Schedule.Expression}'";
        }

        var fields = cron.Fields;
        var time = DescribeTime(fields[0], fields[1], fields[2]);
        var days = DescribeDays(fields[3], fields[4], fields[5]);
        if (time is null || days is null)
        {
            return $"cron '{cron.Schedule.Expression.Trim()}'";
        }

        // "every 2 minutes", not "every 2 minutes every day".
        return days == "every day" && (time.StartsWith("every", StringComparison.Ordinal) && !time.Contains(" from ", StringComparison.Ordinal) || time.StartsWith("at minute", StringComparison.Ordinal))
            ? time
            : $"{time} {days}";
    }

    private static string? DescribeTime(string second, string minute, string hour)
    {
        if (second is not "0" and not "00")
        {
            return Step(second) is { } seconds && minute == "*" && hour == "*"
                ? (seconds == 1 ? "every second" : $"every {seconds} seconds")
                : null;
        }

        var minuteStep = Step(minute);
        var minuteValue = Number(minute);
        var hours = Numbers(hour);
        if (hour == "*")
        {
            return minuteStep switch
            {
                1 => "every minute",
                { } step => $"every {step} minutes",
                null when minuteValue is { } value => $"at minute {value} of every hour",
                _ => null,
            };
        }

        if (Step(hour) is { } hourStep && minuteValue is { } atMinute)
        {
            return $"at minute {atMinute} every {hourStep} hours";
        }

        if (hours is null)
        {
            return null;
        }

        if (minuteValue is { } exactMinute)
        {
            return "at " + string.Join(" and ", hours.Select(h => Clock(h, exactMinute)));
        }

        if (minuteStep is { } everyMinutes)
        {
            var each = everyMinutes == 1 ? "every minute" : $"every {everyMinutes} minutes";
            return $"{each} from {Clock(hours[0], 0)} to {Clock(hours[^1], 59)}" + (hours.Length > 1 && !IsRange(hour) ? $" (hours {hour})" : string.Empty);
        }

        return null;
    }

    private static string? DescribeDays(string dayOfMonth, string month, string dayOfWeek)
    {
        var anyDayOfMonth = dayOfMonth is "*" or "?";
        var anyDayOfWeek = dayOfWeek is "*" or "?";
        var monthText = month == "*" ? null : Numbers(month) is { } months && months.All(m => m is >= 1 and <= 12)
            ? "in " + string.Join(" and ", months.Select(m => MonthNames[m - 1]))
            : null;
        if (month != "*" && monthText is null)
        {
            return null;
        }

        string? dayText;
        if (anyDayOfMonth && anyDayOfWeek)
        {
            dayText = "every day";
        }
        else if (anyDayOfMonth)
        {
            dayText = DescribeWeekdays(dayOfWeek);
        }
        else if (anyDayOfWeek && Numbers(dayOfMonth) is { } days)
        {
            dayText = "on day " + string.Join(" and ", days) + (monthText is null ? " of every month" : string.Empty);
        }
        else if (anyDayOfWeek && Step(dayOfMonth) is { } dayStep)
        {
            dayText = $"every {dayStep} days";
        }
        else
        {
            dayText = null;
        }

        return dayText is null ? null : monthText is null ? dayText : $"{dayText} {monthText}";
    }

    private static string? DescribeWeekdays(string dayOfWeek)
    {
        var range = dayOfWeek.Split('-');
        if (range.Length == 2 && Day(range[0]) is { } first && Day(range[1]) is { } last)
        {
            return $"on {DayNames[first]} to {DayNames[last]}";
        }

        var days = dayOfWeek.Split(',').Select(Day).ToList();
        return days.All(day => day is not null) ? "on " + string.Join(" and ", days.Select(day => DayNames[day!.Value])) : null;
    }

    private static int? Day(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 0 and <= 7 ? number % 7 : null;
        }

        var index = Array.FindIndex(DayNames, name => name.StartsWith(text, StringComparison.OrdinalIgnoreCase) && text.Length == 3);
        return index >= 0 ? index : null;
    }

    /// <summary>The n of <c>*/n</c> or <c>0/n</c>; 1 for <c>*</c>.</summary>
    private static int? Step(string field)
    {
        if (field == "*")
        {
            return 1;
        }

        var parts = field.Split('/');
        return parts.Length == 2 && parts[0] is "*" or "0" && Number(parts[1]) is { } step ? step : null;
    }

    private static int? Number(string field) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool IsRange(string field) => field.Contains('-', StringComparison.Ordinal) && !field.Contains(',', StringComparison.Ordinal);

    /// <summary>The values of a list or range of numbers (<c>2</c>, <c>2,14</c>, <c>8-17</c>); null for anything else.</summary>
    private static int[]? Numbers(string field)
    {
        var values = new List<int>();
        foreach (var part in field.Split(','))
        {
            var bounds = part.Split('-');
            if (bounds.Length == 1 && Number(part) is { } single)
            {
                values.Add(single);
            }
            else if (bounds.Length == 2 && Number(bounds[0]) is { } from && Number(bounds[1]) is { } to && from <= to)
            {
                values.AddRange(Enumerable.Range(from, to - from + 1));
            }
            else
            {
                return null;
            }
        }

        return [.. values];
    }

    private static string Clock(int hour, int minute) => string.Create(CultureInfo.InvariantCulture, $"{hour:00}:{minute:00}");
}
