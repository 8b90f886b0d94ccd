using System.Collections.Immutable;
using Introspect.Core.Jobs.Triggers;

namespace Introspect.Core.Jobs;

/// <summary>
/// One reason a job runs. Which fields are set depends on <see cref="Kind"/>: a cron schedule, an interval, start-up,
/// an enqueue by other code (with the job or endpoint that enqueues it), a continuation of another job, a message.
/// </summary>
public sealed record JobTrigger
{
    public required TriggerKind Kind { get; init; }

    /// <summary>In words: "every 2 minutes", "at 02:30 every day", "continuation of SnapshotJob".</summary>
    public required string Description { get; init; }

    public CronSchedule? Cron { get; init; }

    public TimeSpan? Interval { get; init; }

    /// <summary>How an interval or start-up job waits: PeriodicTimer, Task.Delay, System.Threading.Timer, simple schedule…</summary>
    public string? Mechanism { get; init; }

    /// <summary>Quartz simple schedules: how often the trigger repeats after the first run; null is forever.</summary>
    public int? RepeatCount { get; init; }

    /// <summary>The zone a cron schedule runs in (an id such as Europe/Berlin); null when none is known.</summary>
    public string? TimeZone { get; init; }

    public TimeZoneSource? TimeZoneSource { get; init; }

    /// <summary>Values of this trigger that are read from configuration, with their keys (never guessed).</summary>
    public ImmutableArray<ConfigurationValue> Configuration { get; init; } = [];

    /// <summary>The next runs after the "now" the discovery was given, in the trigger's time zone (cron triggers only).</summary>
    public ImmutableArray<DateTimeOffset> NextRuns { get; init; } = [];

    /// <summary>The framework's name for this trigger: a Hangfire recurring job id, a Quartz trigger key, a function name.</summary>
    public string? Identity { get; init; }

    public string? Queue { get; init; }

    /// <summary>For enqueued, delayed and continuation triggers: the code that enqueues the job.</summary>
    public TriggerSource? Source { get; init; }

    /// <summary>For a continuation: the id of the job it continues (when that job is known).</summary>
    public string? ParentJobId { get; init; }

    /// <summary>For a delayed job: how long after being scheduled it runs.</summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>The enqueue call sits inside a loop: one run per item.</summary>
    public bool InLoop { get; init; }

    public string? MessageType { get; init; }

    /// <summary>Also runs once when the application starts (Azure RunOnStartup, Coravel RunOnceAtStart).</summary>
    public bool RunsOnStartup { get; init; }

    /// <summary>Where the trigger is written.</summary>
    public SourceLocation? Location { get; init; }
}

public enum TriggerKind
{
    Cron,
    Interval,
    Startup,
    Enqueued,
    Delayed,
    Continuation,
    Message,
}

public enum TimeZoneSource
{
    /// <summary>Written in the code.</summary>
    Explicit,

    /// <summary>Read from configuration (see the trigger's configuration values).</summary>
    Configuration,

    /// <summary>Not set: the framework's default, UTC (Hangfire, Coravel, Azure Functions).</summary>
    FrameworkDefaultUtc,

    /// <summary>Not set: the server's local time zone (Quartz); next runs are given in UTC.</summary>
    ServerLocal,

    /// <summary>Set by code Introspect could not follow.</summary>
    Unknown,
}

/// <summary>A value read from configuration: the key, the default the code falls back to, and the value in appsettings.json.</summary>
public sealed record ConfigurationValue(string Key, string? DefaultValue, string? ConfiguredValue, string? ConfigurationFile)
{
    /// <summary>What the application uses when nothing overrides it further (environment, secrets).</summary>
    public string? EffectiveValue => ConfiguredValue ?? DefaultValue;
}

/// <summary>The code that enqueues a job: the job it runs in (when it is one), the method, and an HTTP endpoint when it is one.</summary>
public sealed record TriggerSource
{
    public string? JobId { get; init; }

    /// <summary>The enqueuing method, as <c>Type.Method</c>.</summary>
    public required string Caller { get; init; }

    /// <summary>The minimal-API endpoint the caller handles, as <c>POST /servers/{id:int}/raid-monitoring</c>.</summary>
    public string? Endpoint { get; init; }

    public SourceLocation? Location { get; init; }
}
