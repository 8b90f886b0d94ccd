using Introspect.Analyzers.Knowledge.Cron;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.JobDefinitions;

/// <summary>How the time zone of a schedule was given at its call site.</summary>
internal enum CronZoneKind
{
    /// <summary>Not given: Hangfire, Coravel and Azure Functions use UTC, Quartz the server's local zone.</summary>
    NotGiven,
    Utc,
    ServerLocal,

    /// <summary>A constant zone id (<c>TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")</c>).</summary>
    Named,

    /// <summary>Given, but not known at build time (read from configuration).</summary>
    NotConstant,
}

/// <summary>
/// A constant cron schedule at the place it is registered: its text, the dialect of the framework that will read it,
/// the helper that produced it (<c>Cron.MinuteInterval(7)</c>), and the time zone given with it.
/// </summary>
internal sealed record CronCallSite(string Text, CronDialect Dialect, Location Location, string? Helper, CronZoneKind Zone, string? ZoneId)
{
    /// <summary>The zone the framework will use: a schedule given no zone runs in UTC, except in Quartz.</summary>
    public CronZoneKind EffectiveZone => Zone == CronZoneKind.NotGiven
        ? Dialect == CronDialect.Quartz ? CronZoneKind.ServerLocal : CronZoneKind.Utc
        : Zone;

    /// <summary>How the schedule is written in messages: the helper call, or the quoted cron text.</summary>
    public string Written => Helper is null ? $"'{Text}'" : $"{Helper} ('{Text}')";

    public string Framework => Dialect switch
    {
        CronDialect.Hangfire => "Hangfire",
        CronDialect.Quartz => "Quartz",
        CronDialect.NCrontab => "Azure Functions",
        _ => "Coravel",
    };
}
