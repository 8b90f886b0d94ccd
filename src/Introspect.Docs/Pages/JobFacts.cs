using System.Globalization;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;

namespace Introspect.Docs.Pages;

/// <summary>A job's facts as plain words (not yet escaped): trigger, raw schedule, next runs, concurrency guard, retries.</summary>
internal static class JobFacts
{
    public static string Triggers(Job job) =>
        job.Triggers.IsEmpty ? "no trigger found" : string.Join("; ", job.Triggers.Select(trigger => trigger.Description));

    /// <summary>The schedule as written (cron text or interval), when there is one.</summary>
    public static string? Raw(JobTrigger trigger) =>
        trigger.Cron?.Expression ?? (trigger.Interval is { } interval ? interval.ToString("c", CultureInfo.InvariantCulture) : null);

    public static string? Dialect(JobTrigger trigger) => trigger.Cron?.Dialect.ToString();

    public static string RawSchedules(Job job) =>
        string.Join("; ", job.Triggers.Select(trigger => Raw(trigger) is { } raw ? $"{raw} ({Dialect(trigger) ?? trigger.Kind.ToString()})" : null).OfType<string>());

    /// <summary>A run in UTC and in the job's zone (or the site's zone when the job has none): <c>2026-03-01 01:30 UTC (02:30 Europe/Berlin)</c>.</summary>
    public static string Run(DateTimeOffset run, string? jobZone, TimeZoneInfo siteZone)
    {
        var utc = run.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
        var zone = jobZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(jobZone, out var found) ? found : siteZone;
        if (zone.Id is "UTC" or "Etc/UTC")
        {
            return utc;
        }

        var local = TimeZoneInfo.ConvertTime(run, zone);
        return $"{utc} ({local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {zone.Id})";
    }

    public static IEnumerable<string> NextRuns(Job job, TimeZoneInfo siteZone) =>
        job.Triggers
            .SelectMany(trigger => trigger.NextRuns.Select(run => (Run: run, trigger.TimeZone)))
            .OrderBy(entry => entry.Run)
            .Select(entry => Run(entry.Run, entry.TimeZone, siteZone));

    public static string FirstNextRun(Job job, TimeZoneInfo siteZone) => NextRuns(job, siteZone).FirstOrDefault() ?? string.Empty;

    public static string ConcurrencyGuard(JobConcurrency concurrency)
    {
        var parts = new List<string>();
        if (concurrency.DisallowConcurrentExecution)
        {
            parts.Add("[DisallowConcurrentExecution]");
        }

        if (concurrency.DisableConcurrentExecutionTimeoutSeconds is { } timeout)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"[DisableConcurrentExecution] (lock timeout {timeout} s)"));
        }

        if (concurrency.PreventOverlapping is { } key)
        {
            parts.Add($"PreventOverlapping(\"{key}\")");
        }

        if (concurrency.PersistJobDataAfterExecution)
        {
            parts.Add("[PersistJobDataAfterExecution]");
        }

        if (concurrency.Queue is { } queue)
        {
            parts.Add($"queue {queue}");
        }

        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    public static string Retries(JobConcurrency concurrency) =>
        concurrency.RetryAttempts is { } retries ? retries.ToString(CultureInfo.InvariantCulture) : "framework default";

    public static string Access(EffectAccess access) => access switch
    {
        EffectAccess.Read => "reads",
        EffectAccess.Write => "writes",
        EffectAccess.ReadWrite => "reads and writes",
        _ => "uses",
    };

    public static string Kind(EffectKind kind) => kind switch
    {
        EffectKind.Database => "database",
        EffectKind.Http => "HTTP",
        EffectKind.Email => "e-mail",
        EffectKind.File => "file",
        EffectKind.Process => "process",
        EffectKind.Message => "message",
        EffectKind.Job => "job",
        _ => kind.ToString(),
    };

    public static string Status(Job job) =>
        (job.IsRegistered ? string.Empty : "never registered; ") + (job.Mode == DiscoveryMode.Degraded ? "found from syntax only (its project did not load)" : string.Empty);
}
