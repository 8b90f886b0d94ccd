namespace Introspect.Core.Jobs.Triggers;

/// <summary>A cron expression as written, the dialect it is read in, and whether that dialect's own parser accepts it.</summary>
public sealed record CronSchedule(string Expression, CronDialect Dialect, bool IsValid, string? Error);

/// <summary>Cron dialects differ in field count and syntax; each is parsed with the library its framework uses.</summary>
public enum CronDialect
{
    /// <summary>Hangfire: Cronos, 5 fields or 6 with seconds.</summary>
    Hangfire,

    /// <summary>Quartz.NET: 6 or 7 fields (seconds first, optional year), with ? L W #.</summary>
    Quartz,

    /// <summary>Coravel: 5 fields.</summary>
    Coravel,

    /// <summary>Azure Functions timer triggers: NCRONTAB with seconds (6 fields).</summary>
    NCrontab,
}
