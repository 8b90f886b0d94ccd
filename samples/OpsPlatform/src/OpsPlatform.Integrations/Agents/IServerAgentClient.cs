namespace OpsPlatform.Integrations.Agents;

public interface IServerAgentClient
{
    /// <summary>Asks the server's agent to install a plugin; returns the agent task id to poll.</summary>
    Task<string> InstallPluginAsync(
        string hostname, string plugin, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken);

    Task<AgentTask> GetTaskAsync(string taskId, CancellationToken cancellationToken);

    Task AddAlertRecipientAsync(string hostname, string plugin, AlertRecipient recipient, CancellationToken cancellationToken);
}
