namespace OpsPlatform.Worker.Snapshots;

public sealed class SnapshotOptions
{
    public const string SectionName = "Snapshots";

    /// <summary>The time zone the nightly jobs are scheduled in (the data centres' local time).</summary>
    public string TimeZoneId { get; set; } = "Europe/Berlin";

    /// <summary>Snapshots running at once on one storage cluster; more slows down customer I/O.</summary>
    public int MaxConcurrentSnapshotsPerCluster { get; set; } = 4;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromHours(2);

    public int RetentionDays { get; set; } = 14;
}
