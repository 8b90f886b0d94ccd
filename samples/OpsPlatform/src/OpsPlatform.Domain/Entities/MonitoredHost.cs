namespace OpsPlatform.Domain.Entities;

/// <summary>A host as it is known to the monitoring system.</summary>
public class MonitoredHost
{
    public int Id { get; set; }

    /// <summary>The host id in the monitoring system; null until the first sync created it there.</summary>
    public string? ExternalHostId { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    /// <summary>The rented server this host monitors; null for our own infrastructure (switches, PDUs, storage heads).</summary>
    public int? ServerId { get; set; }

    public Server? Server { get; set; }

    public int? ProxyId { get; set; }

    public MonitoringProxy? Proxy { get; set; }

    public DateTimeOffset? LastSyncedAt { get; set; }

    public DateTimeOffset? InMaintenanceUntil { get; set; }

    /// <summary>False for hosts that support manages by hand in the monitoring system; the sync job skips them.</summary>
    public bool SyncEnabled { get; set; } = true;
}
