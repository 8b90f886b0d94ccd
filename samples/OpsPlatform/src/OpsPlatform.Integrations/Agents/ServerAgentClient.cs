using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsPlatform.Integrations.Agents;

public sealed class ServerAgentClient(HttpClient http) : IServerAgentClient
{
    private static readonly object JsonOptionsGate = new();
    private static JsonSerializerOptions? s_json;

    /// <summary>The agent API writes task states as snake_case strings ("queued", "succeeded").</summary>
    private static JsonSerializerOptions Json
    {
        get
        {
            if (s_json is null)
            {
                lock (JsonOptionsGate)
                {
                    if (s_json is null)
                    {
                        s_json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
                        s_json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
                    }
                }
            }

            return s_json;
        }
    }

    public async Task<string> InstallPluginAsync(
        string hostname, string plugin, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(
            $"agents/{Uri.EscapeDataString(hostname)}/plugins",
            new { name = plugin, settings },
            cancellationToken);
        response.EnsureSuccessStatusCode();

        var task = await response.Content.ReadFromJsonAsync<AgentTask>(Json, cancellationToken);
        return task?.Id ?? throw new InvalidOperationException($"The agent on {hostname} did not return a task id.");
    }

    public async Task<AgentTask> GetTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        var task = await http.GetFromJsonAsync<AgentTask>($"tasks/{Uri.EscapeDataString(taskId)}", Json, cancellationToken);
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
