namespace OpsPlatform.Domain.Entities;

/// <summary>A monitoring proxy that polls a subset of hosts and forwards the data to the monitoring server.</summary>
public class MonitoringProxy
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>The proxy id in the monitoring system.</summary>
    public string ExternalProxyId { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public int MaxHosts { get; set; }

    public bool IsEnabled { get; set; } = true;

    public DateTimeOffset? LastHeartbeatAt { get; set; }

    public List<MonitoredHost> Hosts { get; set; } = [];
}
