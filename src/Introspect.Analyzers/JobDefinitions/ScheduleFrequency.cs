using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>How often a schedule fires, as far as the job-definition rules need it: more than once a day or not.</summary>
internal enum Frequency
{
    /// <summary>Not readable from the code: a cron from configuration, an interval computed at run time.</summary>
    Unknown,

    /// <summary>Once a day or less often, or a single run.</summary>
    AtMostDaily,

    /// <summary>Several times a day: every few seconds, minutes or hours.</summary>
    MoreThanDaily,
}

/// <summary>
/// Reads how often a schedule fires from its definition: a cron string (Hangfire/Cronos, Quartz, Coravel), Hangfire's
/// <c>Cron.*</c> helpers, Coravel's interval methods and Quartz's trigger builders. Only constants are read.
/// </summary>
internal static class ScheduleFrequency
{
    private static readonly HashSet<string> CoravelSubDaily =
    [
        "EverySecond", "EveryFiveSeconds", "EveryTenSeconds", "EveryFifteenSeconds", "EveryThirtySeconds", "EverySeconds",
        "EveryMinute", "EveryFiveMinutes", "EveryTenMinutes", "EveryFifteenMinutes", "EveryThirtyMinutes", "Hourly", "HourlyAt",
    ];

    private static readonly HashSet<string> CoravelDaily = ["Daily", "DailyAtHour", "DailyAt", "Weekly", "Monthly"];

    /// <summary>
    /// A cron string fires more than once a day when its seconds (six- and seven-field dialects), minutes or hours field
    /// is anything but a single number: <c>*</c>, a list, a range or a step.
    /// </summary>
    public static Frequency OfCron(string? cron)
    {
        if (cron is null)
        {
            return Frequency.Unknown;
        }

        var fields = cron.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 5)
        {
            return Frequency.Unknown;
        }

        var timeFields = fields.Length >= 6 ? 3 : 2;
        for (var i = 0; i < timeFields; i++)
        {
            if (!IsSingleNumber(fields[i]))
            {
                return Frequency.MoreThanDaily;
            }
        }

        return Frequency.AtMostDaily;
    }

    /// <summary>The frequency of Hangfire's <c>cronExpression</c> argument: a constant string or a <c>Cron.*</c> helper.</summary>
    public static Frequency OfHangfireCron(IOperation? argument)
    {
        argument = HangfireCalls.Unwrap(argument);
        if (argument?.ConstantValue is { HasValue: true, Value: string text })
        {
            return OfCron(text);
        }

        var helper = argument switch
        {
            IInvocationOperation call => call.TargetMethod,
            IDelegateCreationOperation { Target: IMethodReferenceOperation reference } => reference.Method,
            IMethodReferenceOperation reference => reference.Method,
            _ => null,
        };
        if (helper?.ContainingType?.ToDisplayString() != "Hangfire.Cron")
        {
            return Frequency.Unknown;
        }

        return helper.Name is "Minutely" or "Hourly" or "MinuteInterval" or "HourInterval" ? Frequency.MoreThanDaily : Frequency.AtMostDaily;
    }

    /// <summary>The frequency a Coravel interval method (<c>EveryFiveMinutes</c>, <c>DailyAt</c>, <c>Cron</c>) sets.</summary>
    public static Frequency OfCoravelInterval(IInvocationOperation call)
    {
        var name = call.TargetMethod.Name;
        if (CoravelSubDaily.Contains(name))
        {
            return Frequency.MoreThanDaily;
        }

        if (CoravelDaily.Contains(name))
        {
            return Frequency.AtMostDaily;
        }

        return name == "Cron" && call.Arguments.Length > 0 && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string cron }
            ? OfCron(cron)
            : Frequency.Unknown;
    }

    /// <summary>
    /// The frequency of the Quartz trigger built inside <paramref name="trigger"/> (a trigger lambda or builder chain):
    /// a cron schedule, a repeating simple schedule, a daily-time or calendar interval.
    /// </summary>
    public static Frequency OfQuartzTrigger(IOperation trigger)
    {
        var result = Frequency.Unknown;
        var repeats = false;
        TimeSpan? interval = null;
        foreach (var call in trigger.DescendantsAndSelf().OfType<IInvocationOperation>())
        {
            var name = call.TargetMethod.Name;
            var first = call.Arguments.Length > 0 ? call.Arguments[call.TargetMethod.IsExtensionMethod ? Math.Min(1, call.Arguments.Length - 1) : 0].Value : null;
            switch (name)
            {
                case "WithCronSchedule" or "CronSchedule" when first?.ConstantValue is { HasValue: true, Value: string cron }:
                    result = Most(result, OfCron(cron));
                    break;
                case "RepeatForever" or "RepeatSecondlyForever" or "RepeatMinutelyForever" or "RepeatHourlyForever"
                    or "RepeatSecondlyForTotalCount" or "RepeatMinutelyForTotalCount" or "RepeatHourlyForTotalCount":
                    repeats = true;
                    interval ??= name.Contains("Second") ? TimeSpan.FromSeconds(1) : name.Contains("Minute") ? TimeSpan.FromMinutes(1) : name.Contains("Hour") ? TimeSpan.FromHours(1) : null;
                    break;
                case "WithRepeatCount" when first?.ConstantValue is { HasValue: true, Value: int count }:
                    repeats |= count != 0;
                    break;
                case "WithIntervalInSeconds" or "WithIntervalInMinutes" or "WithIntervalInHours" or "WithIntervalInDays"
                    or "WithIntervalInWeeks" or "WithIntervalInMonths" or "WithIntervalInYears" when first?.ConstantValue is { HasValue: true, Value: int amount }:
                    interval = Interval(name.Substring("WithIntervalIn".Length), amount);
                    break;
                case "WithInterval" when first is not null && ConstantTimeSpan(first) is { } span:
                    interval = span;
                    break;
                case "WithDailyTimeIntervalSchedule":
                    result = Frequency.MoreThanDaily;
                    break;
                case "WithCalendarIntervalSchedule":
                    repeats = true;
                    break;
            }
        }

        if (repeats && interval is { } every)
        {
            result = Most(result, every < TimeSpan.FromDays(1) ? Frequency.MoreThanDaily : Frequency.AtMostDaily);
        }

        return result;
    }

    private static Frequency Most(Frequency a, Frequency b) => (Frequency)Math.Max((int)a, (int)b);

    private static TimeSpan? Interval(string unit, int amount) => unit switch
    {
        "Seconds" => TimeSpan.FromSeconds(amount),
        "Minutes" => TimeSpan.FromMinutes(amount),
        "Hours" => TimeSpan.FromHours(amount),
        _ => TimeSpan.FromDays(Math.Max(1, amount)),
    };

    /// <summary><c>TimeSpan.FromMinutes(5)</c> and the like, with a constant argument.</summary>
    private static TimeSpan? ConstantTimeSpan(IOperation operation) =>
        HangfireCalls.Unwrap(operation) is IInvocationOperation { TargetMethod: { IsStatic: true, ContainingType.Name: "TimeSpan" } method, Arguments.Length: 1 } call
        && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: var value } && value is int or long or double
            ? method.Name switch
            {
                "FromSeconds" => TimeSpan.FromSeconds(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
                "FromMinutes" => TimeSpan.FromMinutes(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
                "FromHours" => TimeSpan.FromHours(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
                "FromDays" => TimeSpan.FromDays(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)),
                _ => null,
            }
            : null;

    private static bool IsSingleNumber(string field) => field.Length > 0 && field.All(char.IsDigit);
}
