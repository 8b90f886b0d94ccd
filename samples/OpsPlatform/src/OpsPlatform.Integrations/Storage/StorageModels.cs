using System.Text.Json.Serialization;

namespace OpsPlatform.Integrations.Storage;

public enum StorageSnapshotState
{
    Pending,
    Running,
    Done,
    Error,
}

public sealed record StorageSnapshot(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("state")] StorageSnapshotState State,
    [property: JsonPropertyName("size_bytes")] long? SizeBytes,
    [property: JsonPropertyName("error")] string? Error);

public sealed record BackupQueueStatus(
    [property: JsonPropertyName("cluster")] string Cluster,
    [property: JsonPropertyName("queued_jobs")] int QueuedJobs,
    [property: JsonPropertyName("oldest_queued_at")] DateTimeOffset? OldestQueuedAt);

public sealed record ThrottlePolicy(
    [property: JsonPropertyName("cluster")] string Cluster,
    [property: JsonPropertyName("max_mbit_per_customer")] int MaxMbitPerCustomer);
