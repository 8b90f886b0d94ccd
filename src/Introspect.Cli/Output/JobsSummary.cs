using System.Globalization;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;

namespace Introspect.Cli.Output;

/// <summary>The cells every jobs view shows (table, Markdown): one row per job, the text still unescaped.</summary>
internal static class JobsSummary
{
    public static readonly string[] Headers = ["job", "framework", "trigger", "next run", "concurrency", "effects", "location"];

    public static IEnumerable<string[]> Rows(JobCatalog catalog) => catalog.Jobs.Select(job => new[]
    {
        job.DisplayName + (job.IsRegistered ? string.Empty : " (never registered)") + (job.Mode == DiscoveryMode.Degraded ? " (degraded)" : string.Empty),
        job.FrameworkName,
        job.Triggers.IsEmpty ? "no trigger found" : string.Join("; ", job.Triggers.Select(trigger => trigger.Description)),
        NextRun(job),
        Concurrency(job.Concurrency),
        Effects(job.Process),
        job.Location.ToString(),
    });

    private static string NextRun(Job job) =>
        job.Triggers.SelectMany(trigger => trigger.NextRuns).Order().FirstOrDefault() is var next && next != default
            ? next.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)
            : string.Empty;

    /// <summary>The resources the job touches, by kind: <c>db Servers (R), Snapshots (RW); http StorageApiClient</c>.</summary>
    private static string Effects(ProcessModel? process)
    {
        if (process is null)
        {
            return string.Empty;
        }

        return string.Join("; ", process.Resources
            .GroupBy(use => use.Kind)
            .OrderBy(group => group.Key)
            .Select(group => KindLabel(group.Key) + " " + string.Join(", ", group
                .OrderBy(use => use.Resource, StringComparer.Ordinal)
                .Select(use => use.Resource + AccessSuffix(use.Access)))));
    }

    private static string KindLabel(EffectKind kind) => kind switch
    {
        EffectKind.Database => "db",
        EffectKind.Http => "http",
        EffectKind.Email => "e-mail",
        EffectKind.File => "file",
        EffectKind.Process => "process",
        EffectKind.Message => "message",
        EffectKind.Job => "enqueues",
        _ => kind.ToString(),
    };

    private static string AccessSuffix(EffectAccess access) => access switch
    {
        EffectAccess.Read => " (R)",
        EffectAccess.Write => " (W)",
        EffectAccess.ReadWrite => " (RW)",
        _ => string.Empty,
    };

    private static string Concurrency(JobConcurrency concurrency)
    {
        var parts = new List<string>();
        if (concurrency.DisallowConcurrentExecution)
        {
            parts.Add("no concurrent runs");
        }

        if (concurrency.DisableConcurrentExecutionTimeoutSeconds is { } timeout)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"one at a time (lock timeout {timeout} s)"));
        }

        if (concurrency.PreventOverlapping is not null)
        {
            parts.Add("prevent overlapping");
        }

        if (concurrency.PersistJobDataAfterExecution)
        {
            parts.Add("persists job data");
        }

        if (concurrency.RetryAttempts is { } retries)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{retries} retries"));
        }

        if (concurrency.Queue is { } queue)
        {
            parts.Add($"queue {queue}");
        }

        return string.Join(", ", parts);
    }
}
