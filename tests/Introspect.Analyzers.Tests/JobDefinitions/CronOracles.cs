using System.Reflection;
using Introspect.Analyzers.Knowledge.Cron;

namespace Introspect.Analyzers.Tests.JobDefinitions;

/// <summary>
/// The real parsers the cron readers are checked against: the Cronos 0.11.1 embedded (internal) in Hangfire.Core 1.8,
/// Quartz's CronExpression, the NCrontab.Signed that Azure Functions' timer trigger uses, and Coravel's CronExpression.
/// Each answers "accepted?" and, when accepted, the fire times on a given day (UTC wall clock).
/// </summary>
internal static class CronOracles
{
    private static readonly Type HangfireCronos = typeof(Hangfire.Cron).Assembly.GetType("Cronos.CronExpression", throwOnError: true)!;
    private static readonly Type HangfireFormat = typeof(Hangfire.Cron).Assembly.GetType("Cronos.CronFormat", throwOnError: true)!;

    /// <summary>Parses as the framework does and gives the next occurrence after a UTC time; null when rejected.</summary>
    public static Func<DateTime, DateTime?>? Parse(string text, CronDialect dialect) => dialect switch
    {
        CronDialect.Hangfire => Hangfire(text),
        CronDialect.Quartz => Quartz(text),
        CronDialect.NCrontab => NCrontab(text),
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), "Coravel is checked minute by minute: use CoravelIsDue"),
    };

    private static Func<DateTime, DateTime?>? Hangfire(string text)
    {
        // As Hangfire 1.8 does: six space-separated parts means seconds first.
        var format = Enum.ToObject(HangfireFormat, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? 1 : 0);
        object expression;
        try
        {
            expression = HangfireCronos.GetMethod("Parse", [typeof(string), HangfireFormat])!.Invoke(null, [text, format])!;
        }
        catch (TargetInvocationException)
        {
            return null;
        }

        var next = HangfireCronos.GetMethod("GetNextOccurrence", [typeof(DateTime), typeof(bool)])!;
        return from => (DateTime?)next.Invoke(expression, [DateTime.SpecifyKind(from, DateTimeKind.Utc), false]);
    }

    private static Func<DateTime, DateTime?>? Quartz(string text)
    {
        global::Quartz.CronExpression expression;
        try
        {
            expression = new global::Quartz.CronExpression(text).WithTimeZone(TimeZoneInfo.Utc);
        }
        catch (FormatException)
        {
            return null;
        }

        return from => expression.GetNextValidTimeAfter(new DateTimeOffset(from, TimeSpan.Zero))?.UtcDateTime;
    }

    /// <summary>Through the Functions host's own CronSchedule (5 or 6 fields, NCrontab.Signed underneath).</summary>
    private static Func<DateTime, DateTime?>? NCrontab(string text)
    {
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
        var type = typeof(Microsoft.Azure.WebJobs.TimerTriggerAttribute).Assembly.GetType("Microsoft.Azure.WebJobs.Extensions.Timers.CronSchedule", throwOnError: true)!;
        var arguments = new object?[] { text, null };
        if (!(bool)type.GetMethod("TryCreate", Any)!.Invoke(null, arguments)! || arguments[1] is not { } schedule)
        {
            return null;
        }

        var next = type.GetMethod("GetNextOccurrence", Any, [typeof(DateTime)])!;
        return from =>
        {
            try
            {
                return (DateTime?)next.Invoke(schedule, [from]);
            }
            catch (TargetInvocationException exception) when (exception.InnerException is ArgumentOutOfRangeException)
            {
                // NCrontab throws instead of giving up on dates that never come (30 February).
                return null;
            }
        };
    }

    /// <summary>Coravel has no "next occurrence": its scheduler asks every minute whether the expression is due.</summary>
    public static Func<DateTime, bool>? CoravelIsDue(string text)
    {
        global::Coravel.Scheduling.Schedule.Cron.CronExpression expression;
        try
        {
            expression = new global::Coravel.Scheduling.Schedule.Cron.CronExpression(text);
        }
        catch (Exception exception) when (exception is global::Coravel.Scheduling.Schedule.Cron.MalformedCronExpressionException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }

        return expression.IsDue;
    }
}
