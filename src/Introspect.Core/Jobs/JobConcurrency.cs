namespace Introspect.Core.Jobs;

/// <summary>What stops a job from running twice at once, and how it is retried. Null fields were not set.</summary>
public sealed record JobConcurrency
{
    public static JobConcurrency None { get; } = new();

    /// <summary>Quartz <c>[DisallowConcurrentExecution]</c>.</summary>
    public bool DisallowConcurrentExecution { get; init; }

    /// <summary>Quartz <c>[PersistJobDataAfterExecution]</c>.</summary>
    public bool PersistJobDataAfterExecution { get; init; }

    /// <summary>Hangfire <c>[DisableConcurrentExecution(timeoutInSeconds)]</c>: the lock timeout in seconds.</summary>
    public int? DisableConcurrentExecutionTimeoutSeconds { get; init; }

    /// <summary>Coravel <c>PreventOverlapping(key)</c>: the key.</summary>
    public string? PreventOverlapping { get; init; }

    /// <summary>Hangfire <c>[AutomaticRetry(Attempts = n)]</c>.</summary>
    public int? RetryAttempts { get; init; }

    /// <summary>Hangfire <c>[Queue("name")]</c> on the job method.</summary>
    public string? Queue { get; init; }

    public bool IsEmpty => this == None;

    /// <summary>Both sets of settings; where both set one, this one's wins.</summary>
    public JobConcurrency Merge(JobConcurrency other) => new()
    {
        DisallowConcurrentExecution = DisallowConcurrentExecution || other.DisallowConcurrentExecution,
        PersistJobDataAfterExecution = PersistJobDataAfterExecution || other.PersistJobDataAfterExecution,
        DisableConcurrentExecutionTimeoutSeconds = DisableConcurrentExecutionTimeoutSeconds ?? other.DisableConcurrentExecutionTimeoutSeconds,
        PreventOverlapping = PreventOverlapping ?? other.PreventOverlapping,
        RetryAttempts = RetryAttempts ?? other.RetryAttempts,
        Queue = Queue ?? other.Queue,
    };
}
