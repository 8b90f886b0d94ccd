namespace OpsPlatform.Worker.Monitoring;

public sealed class ProxyWatchdogOptions
{
    public const string SectionName = "ProxyWatchdog";

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A proxy whose last heartbeat is older than this is considered down.</summary>
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Length of the maintenance period put on the hosts of a proxy that is down; renewed while it stays down.</summary>
    public TimeSpan MaintenanceDuration { get; set; } = TimeSpan.FromMinutes(30);
}
