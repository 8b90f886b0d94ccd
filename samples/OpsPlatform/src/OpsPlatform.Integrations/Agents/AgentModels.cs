using System.Text.Json.Serialization;

namespace OpsPlatform.Integrations.Agents;

public enum AgentTaskState
{
    Queued,
    Running,
    Succeeded,
    Failed,
}

public sealed record AgentTask(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("state")] AgentTaskState State,
    [property: JsonPropertyName("output")] string? Output);

public enum AlertRecipientKind
{
    Sms,
    Email,
}

/// <summary>Where an agent plugin sends its alerts.</summary>
public sealed record AlertRecipient(AlertRecipientKind Kind, string Address);
