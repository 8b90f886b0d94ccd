namespace OpsPlatform.Worker.Backups;

public sealed class BackupOptions
{
    public const string SectionName = "Backups";

    public TimeSpan BypassRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan QueueCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Alert when this many backup jobs wait on one cluster.</summary>
    public int QueueAlertThreshold { get; set; } = 200;

    /// <summary>Alert when the oldest queued backup job waits longer than this.</summary>
    public TimeSpan MaxQueueAge { get; set; } = TimeSpan.FromHours(3);

    /// <summary>Do not repeat the same cluster's alert more often than this.</summary>
    public TimeSpan AlertCooldown { get; set; } = TimeSpan.FromMinutes(30);

    public string NocPhone { get; set; } = string.Empty;
}
