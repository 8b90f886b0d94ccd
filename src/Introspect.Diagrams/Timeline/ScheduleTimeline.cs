using System.Collections.Immutable;

namespace Introspect.Diagrams.Timeline;

/// <summary>
/// The 24-hour schedule view's model, shared by the SVG and the Mermaid gantt: one row per job with the minutes of the
/// day it fires (wall-clock minutes in <see cref="Zone"/>), bands for intervals and dense schedules, a start-up mark, and
/// the minutes where several jobs fire together.
/// </summary>
public sealed record ScheduleTimeline(
    DateOnly Day,
    string Zone,
    ImmutableArray<TimelineRow> Rows,
    ImmutableArray<TimelineCluster> Clusters,
    ImmutableArray<string> Notes)
{
    public const int MinutesPerDay = 24 * 60;

    /// <summary>Minutes when two jobs that write the same resource fire together; see <see cref="TimelineClashes"/>.</summary>
    public ImmutableArray<TimelineClash> Clashes { get; init; } = [];
}

public sealed record TimelineRow(string JobId, string Title, string Framework)
{
    /// <summary>Minutes of the day (0-1439) with a cron fire, drawn as ticks.</summary>
    public ImmutableArray<int> Ticks { get; init; } = [];

    public ImmutableArray<TimelineBand> Bands { get; init; } = [];

    public bool AtStartup { get; init; }

    /// <summary>The reason the job never runs on a schedule: an invalid cron expression.</summary>
    public string? Invalid { get; init; }

    /// <summary>For jobs that run when something else starts them: how (enqueued by…, continuation of…).</summary>
    public string? OnDemand { get; init; }

    /// <summary>
    /// Every minute of the day in which the job surely fires: its cron fires (also when drawn as bands), and every minute
    /// for an interval of a minute or less. A longer interval's minutes depend on when the application started: none.
    /// </summary>
    public ImmutableArray<int> FireMinutes { get; init; } = [];

    /// <summary>Everything this row's triggers say, in words, for tooltips and the gantt.</summary>
    public ImmutableArray<string> Triggers { get; init; } = [];
}

/// <summary>A stretch of the day from <see cref="StartMinute"/> to <see cref="EndMinute"/> (exclusive) when the job runs often.</summary>
public sealed record TimelineBand(int StartMinute, int EndMinute, string Label);

/// <summary>A minute of the day when two or more jobs fire.</summary>
public sealed record TimelineCluster(int Minute, ImmutableArray<string> Titles);

/// <summary>A minute when two or more jobs that all write <see cref="Resource"/> fire.</summary>
public sealed record TimelineClash(int Minute, string Resource, ImmutableArray<string> JobIds);
