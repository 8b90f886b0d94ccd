using System.Collections.Immutable;
using Introspect.Core.Jobs.Process;

namespace Introspect.Core.Jobs;

/// <summary>
/// One automated entry point of the analysed solution: what runs (<see cref="TypeName"/>.<see cref="EntryMethod"/>),
/// under which framework, when (<see cref="Triggers"/>), with which concurrency settings, and where it is registered.
/// <see cref="Process"/> is what it does: its control flow and effects, read from the entry method.
/// </summary>
public sealed record Job
{
    /// <summary>Stable across runs: the entry method's containing type and name (<c>Ns.Type.Method</c>).</summary>
    public required string Id { get; init; }

    public required JobFramework Framework { get; init; }

    /// <summary>The framework as people name it: <c>BackgroundService</c>, <c>IHostedService</c>, <c>Hangfire</c>, <c>System.Threading.Timer</c>…</summary>
    public required string FrameworkName { get; init; }

    public required string DisplayName { get; init; }

    /// <summary>The job's type, fully qualified (<c>OpsPlatform.Worker.Monitoring.MonitoringSyncJob</c>).</summary>
    public required string TypeName { get; init; }

    public required string EntryMethod { get; init; }

    public required string Project { get; init; }

    public required SourceLocation Location { get; init; }

    public ImmutableArray<JobTrigger> Triggers { get; init; } = [];

    public JobConcurrency Concurrency { get; init; } = JobConcurrency.None;

    /// <summary>Where the job is registered with its framework (AddHostedService, AddJob, AddOrUpdate…).</summary>
    public ImmutableArray<SourceLocation> Registrations { get; init; } = [];

    /// <summary>False for a job type that the framework needs registered but no registration was found (it never runs).</summary>
    public bool IsRegistered { get; init; } = true;

    /// <summary>Full: found with semantic information. Degraded: found from syntax only (the project did not load).</summary>
    public DiscoveryMode Mode { get; init; } = DiscoveryMode.Full;

    /// <summary>What the job does (control flow and effects); null when it was not read (degraded mode, no entry method, turned off).</summary>
    public ProcessModel? Process { get; init; }

    /// <summary>Things worth knowing that fit no field (an unresolved registration, a guess that was not made).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
