namespace OpsPlatform.Jobs.Contracts;

/// <summary>
/// Installs the RAID health agent on a customer's server and wires its alerts to the customer and the NOC.
/// Enqueued by the API, executed by the worker's Hangfire server.
/// </summary>
public interface IRaidMonitoringInstaller
{
    Task InstallAsync(int serverId, string requestedBy, CancellationToken cancellationToken);
}
