using System.Net.Http.Json;

namespace OpsPlatform.Integrations.Agents;

public sealed class ServerAgentClient(HttpClient http) : IServerAgentClient
{
    public async Task<string> InstallPluginAsync(
        string hostname, string plugin, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(
            $"agents/{Uri.EscapeDataString(hostname)}/plugins",
            new { name = plugin, settings },
            cancellationToken);
        response.EnsureSuccessStatusCode();

        var task = await response.Content.ReadFromJsonAsync<AgentTask>(cancellationToken);
        return task?.Id ?? throw new InvalidOperationException($"The agent on {hostname} did not return a task id.");
    }

    public async Task<AgentTask> GetTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        var task = await http.GetFromJsonAsync<AgentTask>($"tasks/{Uri.EscapeDataString(taskId)}", cancellationToken);
        return task ?? throw new InvalidOperationException($"Agent task {taskId} not found.");
    }

    public async Task AddAlertRecipientAsync(
        string hostname, string plugin, AlertRecipient recipient, CancellationToken cancellationToken)
    {
        var body = new
        {
            kind = recipient.Kind.ToString().ToLowerInvariant(),
            address = recipient.Address,
        };

        using var response = await http.PostAsJsonAsync(
            $"agents/{Uri.EscapeDataString(hostname)}/plugins/{Uri.EscapeDataString(plugin)}/recipients",
            body,
            cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
