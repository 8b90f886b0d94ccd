namespace Introspect.Analyzers.Knowledge.Cron;

/// <summary>The cron dialect of a call site: each framework parses cron text with its own rules.</summary>
internal enum CronDialect
{
    /// <summary>Hangfire 1.8: the Cronos 0.11.1 it embeds; 5 fields, or 6 with seconds first; no <c>H</c>.</summary>
    Hangfire,

    /// <summary>Quartz.NET: 6 or 7 fields, seconds first, day of week 1-7 from Sunday, <c>?</c> L W #.</summary>
    Quartz,

    /// <summary>Azure Functions timer triggers: NCrontab, 5 fields or 6 with seconds first.</summary>
    NCrontab,

    /// <summary>Coravel 6: its own parser, exactly 5 fields split on single spaces, <c>*/n</c> means "divisible by n".</summary>
    Coravel,
}

/// <summary>The positions of the six fields every reading is normalised to (a missing seconds field is 0).</summary>
internal enum CronFieldKind
{
    Second = 0,
    Minute = 1,
    Hour = 2,
    DayOfMonth = 3,
    Month = 4,
    DayOfWeek = 5,
}
