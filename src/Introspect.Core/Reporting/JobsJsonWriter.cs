using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;
using Introspect.Core.Jobs.Triggers;

namespace Introspect.Core.Reporting;

/// <summary>
/// The job catalog as JSON (<c>introspect jobs --format json</c>), described by docs/schema/jobs.schema.json. Version 1:
/// paths relative to the solution's folder, lines 1-based, jobs in a stable order, next runs counted from
/// <c>now</c>; the same input and <c>now</c> give byte-identical output.
/// </summary>
public static class JobsJsonWriter
{
    public const int FormatVersion = 1;

    public static string Write(JobCatalog catalog, string input, string toolVersion)
    {
        var document = new JsonJobsDocument(
            FormatVersion,
            new JsonTool("Introspect", toolVersion),
            input,
            catalog.Now,
            catalog.IsComplete,
            catalog.Projects,
            [.. catalog.LoadProblems.Select(problem => new JsonLoadProblem(problem.ProjectName, problem.Reason, problem.IsFatal))],
            [.. catalog.Jobs.Select(job => Job(job, catalog.SourceRoot))],
            [.. JobEdges.From(catalog).Select(edge => new JsonEdge(edge.From, edge.To, edge.Kind))]);
        return JsonFormatting.Serialize(document);
    }

    private static JsonJob Job(Job job, string sourceRoot) => new(
        job.Id,
        job.DisplayName,
        job.Framework,
        job.FrameworkName,
        job.TypeName,
        job.EntryMethod,
        job.Project,
        Location(job.Location),
        job.IsRegistered,
        job.Mode,
        [.. job.Registrations.Select(Location)],
        job.Concurrency.IsEmpty ? null : new JsonConcurrency(
            job.Concurrency.DisallowConcurrentExecution ? true : null,
            job.Concurrency.PersistJobDataAfterExecution ? true : null,
            job.Concurrency.DisableConcurrentExecutionTimeoutSeconds,
            job.Concurrency.PreventOverlapping,
            job.Concurrency.RetryAttempts,
            job.Concurrency.Queue),
        [.. job.Triggers.Select(Trigger)],
        job.Process is { } process ? ProcessModelJson.ToJson(process, sourceRoot) : null,
        job.Notes);

    private static JsonTrigger Trigger(JobTrigger trigger) => new(
        trigger.Kind,
        trigger.Description,
        trigger.Cron is { } cron ? new JsonCron(cron.Expression, cron.Dialect, cron.IsValid, cron.Error) : null,
        trigger.Interval is { } interval ? Duration(interval) : null,
        trigger.Mechanism,
        trigger.RepeatCount,
        trigger.TimeZone,
        trigger.TimeZoneSource,
        trigger.Configuration.IsEmpty ? null : [.. trigger.Configuration.Select(value => new JsonConfigurationValue(value.Key, value.DefaultValue, value.ConfiguredValue, value.ConfigurationFile))],
        trigger.NextRuns.IsEmpty ? null : trigger.NextRuns,
        trigger.Identity,
        trigger.Queue,
        trigger.Source is { } source ? new JsonSource(source.JobId, source.Caller, source.Endpoint, source.Location is null ? null : Location(source.Location)) : null,
        trigger.ParentJobId,
        trigger.Delay is { } delay ? Duration(delay) : null,
        trigger.InLoop ? true : null,
        trigger.MessageType,
        trigger.RunsOnStartup ? true : null,
        trigger.Location is null ? null : Location(trigger.Location));

    private static JsonLocation Location(SourceLocation location) => new(location.Path, location.Line);

    /// <summary>Durations as [-][d.]hh:mm:ss[.fffffff], TimeSpan's invariant "c" format.</summary>
    private static string Duration(TimeSpan span) => span.ToString("c", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record JsonJobsDocument(
        int Version,
        JsonTool Tool,
        string Input,
        DateTimeOffset Now,
        bool Complete,
        IReadOnlyList<string> Projects,
        IReadOnlyList<JsonLoadProblem> LoadProblems,
        IReadOnlyList<JsonJob> Jobs,
        IReadOnlyList<JsonEdge> Edges);

    private sealed record JsonTool(string Name, string Version);

    private sealed record JsonLoadProblem(string Project, string Reason, bool Fatal);

    private sealed record JsonLocation(string Path, int Line);

    private sealed record JsonJob(
        string Id,
        string DisplayName,
        JobFramework Framework,
        string FrameworkName,
        string Type,
        string EntryMethod,
        string Project,
        JsonLocation Location,
        bool Registered,
        DiscoveryMode Mode,
        IReadOnlyList<JsonLocation> Registrations,
        JsonConcurrency? Concurrency,
        IReadOnlyList<JsonTrigger> Triggers,
        JsonProcessModel? Process,
        IReadOnlyList<string> Notes);

    private sealed record JsonConcurrency(
        bool? DisallowConcurrentExecution,
        bool? PersistJobDataAfterExecution,
        int? DisableConcurrentExecutionTimeoutSeconds,
        string? PreventOverlapping,
        int? RetryAttempts,
        string? Queue);

    private sealed record JsonTrigger(
        TriggerKind Kind,
        string Description,
        JsonCron? Cron,
        string? Interval,
        string? Mechanism,
        int? RepeatCount,
        string? TimeZone,
        TimeZoneSource? TimeZoneSource,
        IReadOnlyList<JsonConfigurationValue>? Configuration,
        IReadOnlyList<DateTimeOffset>? NextRuns,
        string? Identity,
        string? Queue,
        JsonSource? Source,
        string? ParentJobId,
        string? Delay,
        bool? InLoop,
        string? MessageType,
        bool? RunsOnStartup,
        JsonLocation? Location);

    private sealed record JsonCron(string Expression, CronDialect Dialect, bool Valid, string? Error);

    private sealed record JsonConfigurationValue(string Key, string? DefaultValue, string? ConfiguredValue, string? File);

    private sealed record JsonSource(string? JobId, string Caller, string? Endpoint, JsonLocation? Location);

    private sealed record JsonEdge(string From, string To, JobEdgeKind Kind);
}
