using System.Collections.Immutable;
using NCrontab;
using CronosExpression = Cronos.CronExpression;
using CronosFormat = Cronos.CronFormat;
using QuartzExpression = Quartz.CronExpression;

namespace Introspect.Core.Jobs.Triggers;

/// <summary>
/// Reads cron text with the parser of the framework that will run it: Cronos for Hangfire and Coravel, Quartz's own
/// CronExpression for Quartz, NCrontab for Azure Functions. A parser's rejection becomes an invalid schedule with the
/// parser's reason; nothing here throws for bad input.
/// </summary>
public static class CronParser
{
    public static ParsedCron Parse(string expression, CronDialect dialect)
    {
        var text = expression.Trim();
        var fields = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        try
        {
            return dialect switch
            {
                CronDialect.Hangfire => Cronos(expression, dialect, fields, allowSeconds: true),
                CronDialect.Coravel => Cronos(expression, dialect, fields, allowSeconds: false),
                CronDialect.Quartz => Quartz(expression, fields),
                CronDialect.NCrontab => NCrontab(expression, fields),
                _ => Invalid(expression, dialect, $"unknown dialect {dialect}"),
            };
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or CrontabException or InvalidOperationException)
        {
            return Invalid(expression, dialect, exception.Message);
        }
    }

    private static ParsedCron Cronos(string expression, CronDialect dialect, string[] fields, bool allowSeconds)
    {
        if (dialect == CronDialect.Hangfire && fields.Any(field => field.Contains('H', StringComparison.OrdinalIgnoreCase)))
        {
            // Hangfire 1.8 embeds Cronos 0.11, which has no H (hash) field values, though current Cronos does.
            return Invalid(expression, dialect, "Hangfire 1.8 parses cron text with its embedded Cronos 0.11, which does not accept 'H'.");
        }

        if (!allowSeconds && fields.Length != 5)
        {
            return Invalid(expression, dialect, $"Coravel cron expressions have 5 fields; this one has {fields.Length}.");
        }

        // As Hangfire does: six fields means the first one is seconds.
        var format = fields.Length == 6 ? CronosFormat.IncludeSeconds : CronosFormat.Standard;
        var parsed = CronosExpression.Parse(expression.Trim(), format);
        return new ParsedCron(
            new CronSchedule(expression, dialect, true, null),
            Normalise(fields, hasSeconds: fields.Length == 6),
            (from, zone) => parsed.GetNextOccurrence(from, zone));
    }

    private static ParsedCron Quartz(string expression, string[] fields)
    {
        if (fields.Length is not (6 or 7))
        {
            return Invalid(expression, CronDialect.Quartz, $"Quartz cron expressions have 6 or 7 fields (seconds first, optional year); this one has {fields.Length}.");
        }

        var parsed = QuartzExpression.Parse(expression.Trim());
        return new ParsedCron(
            new CronSchedule(expression, CronDialect.Quartz, true, null),
            Normalise(fields, hasSeconds: true),
            (from, zone) =>
            {
                return parsed.WithTimeZone(zone).GetNextValidTimeAfter(from) is { } next ? TimeZoneInfo.ConvertTime(next, zone) : null;
            });
    }

    private static ParsedCron NCrontab(string expression, string[] fields)
    {
        // The Functions host parses timer schedules with seconds: six fields.
        if (fields.Length != 6)
        {
            return Invalid(expression, CronDialect.NCrontab, $"Azure Functions NCRONTAB expressions have 6 fields (seconds first); this one has {fields.Length}.");
        }

        var parsed = CrontabSchedule.Parse(expression.Trim(), new CrontabSchedule.ParseOptions { IncludingSeconds = true });
        return new ParsedCron(
            new CronSchedule(expression, CronDialect.NCrontab, true, null),
            Normalise(fields, hasSeconds: true),
            (from, zone) =>
            {
                var local = TimeZoneInfo.ConvertTime(from, zone).DateTime;
                var next = parsed.GetNextOccurrence(local);
                return next == DateTime.MaxValue || next.Year > 9000 ? null : new DateTimeOffset(next, zone.GetUtcOffset(next));
            });
    }

    private static ParsedCron Invalid(string expression, CronDialect dialect, string error) =>
        new(new CronSchedule(expression, dialect, false, error), [], static (_, _) => null);

    /// <summary>Seconds, minutes, hours, day of month, month, day of week: the shape the describer reads.</summary>
    private static ImmutableArray<string> Normalise(string[] fields, bool hasSeconds) =>
        hasSeconds ? [.. fields.Take(6)] : ["0", .. fields.Take(5)];
}

/// <summary>A cron expression that a parser has read: its validity, its fields, and its next occurrences.</summary>
public sealed class ParsedCron
{
    private readonly Func<DateTimeOffset, TimeZoneInfo, DateTimeOffset?> _next;

    internal ParsedCron(CronSchedule schedule, ImmutableArray<string> fields, Func<DateTimeOffset, TimeZoneInfo, DateTimeOffset?> next)
    {
        Schedule = schedule;
        Fields = fields;
        _next = next;
    }

    public CronSchedule Schedule { get; }

    /// <summary>Seconds, minutes, hours, day of month, month, day of week; empty when invalid.</summary>
    public ImmutableArray<string> Fields { get; }

    /// <summary>The next <paramref name="count"/> occurrences after <paramref name="from"/>, with the offsets of <paramref name="zone"/>.</summary>
    public ImmutableArray<DateTimeOffset> NextOccurrences(DateTimeOffset from, TimeZoneInfo zone, int count)
    {
        var result = ImmutableArray.CreateBuilder<DateTimeOffset>(count);
        var current = from;
        while (Schedule.IsValid && result.Count < count && _next(current, zone) is { } next)
        {
            result.Add(next);
            current = next;
        }

        return result.ToImmutable();
    }
}
