namespace OpsPlatform.Integrations.Monitoring;

/// <summary>The parts of the monitoring server's JSON-RPC API that the platform uses.</summary>
public interface IMonitoringApi
{
    /// <summary>Creates the host and returns its new host id.</summary>
    Task<string> CreateHostAsync(HostDefinition host, CancellationToken cancellationToken);

    Task UpdateHostAsync(string hostId, HostDefinition host, CancellationToken cancellationToken);

    /// <summary>Creates a maintenance period (no alerts, data still collected) and returns its id.</summary>
    Task<string> CreateMaintenanceAsync(MaintenanceRequest request, CancellationToken cancellationToken);

    /// <summary>Makes <paramref name="proxyId"/> the proxy that polls the given hosts.</summary>
    Task AssignHostsToProxyAsync(string proxyId, IReadOnlyCollection<string> hostIds, CancellationToken cancellationToken);
}
