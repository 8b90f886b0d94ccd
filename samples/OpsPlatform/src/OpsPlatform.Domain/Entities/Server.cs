namespace OpsPlatform.Domain.Entities;

public class Server
{
    public int Id { get; set; }

    public int CustomerId { get; set; }

    public Customer Customer { get; set; } = null!;

    public string Hostname { get; set; } = string.Empty;

    public string PrimaryIp { get; set; } = string.Empty;

    public string DatacenterCode { get; set; } = string.Empty;

    public string StorageCluster { get; set; } = string.Empty;

    public ServerStatus Status { get; set; } = ServerStatus.Provisioning;

    public bool SnapshotsEnabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Free-text notes from the support team (hardware quirks, customer arrangements).</summary>
    public string? Notes { get; set; }

    /// <summary>When the RAID health agent was last installed on the server; null if it never was.</summary>
    public DateTimeOffset? RaidMonitoringInstalledAt { get; set; }

    public List<Snapshot> Snapshots { get; set; } = [];

    public List<MaintenanceWindow> MaintenanceWindows { get; set; } = [];
}

public enum ServerStatus
{
    Provisioning,
    Active,
    Suspended,
    Decommissioned,
}
