namespace OpsPlatform.Domain.Entities;

public class Snapshot
{
    public long Id { get; set; }

    public int ServerId { get; set; }

    public Server Server { get; set; } = null!;

    /// <summary>The snapshot id on the storage cluster.</summary>
    public string? ExternalSnapshotId { get; set; }

    public SnapshotStatus Status { get; set; } = SnapshotStatus.Requested;

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public long? SizeBytes { get; set; }

    public string? FailureReason { get; set; }
}

public enum SnapshotStatus
{
    Requested,
    Running,
    Completed,
    Failed,
    Expired,
}
