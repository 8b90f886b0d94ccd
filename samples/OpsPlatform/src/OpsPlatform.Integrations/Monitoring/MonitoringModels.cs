using System.Text.Json.Serialization;

namespace OpsPlatform.Integrations.Monitoring;

/// <summary>What we want a host to look like in the monitoring system.</summary>
public sealed record HostDefinition(
    string TechnicalName,
    string DisplayName,
    string Address,
    string? ProxyId,
    IReadOnlyList<string> TemplateIds,
    IReadOnlyDictionary<string, string> Tags);

public sealed record MaintenanceRequest(
    string Name,
    IReadOnlyCollection<string> HostIds,
    DateTimeOffset ActiveSince,
    DateTimeOffset ActiveTill,
    bool CollectData,
    string Description);

public sealed class JsonRpcRequest
{
    [JsonPropertyName("jsonrpc")]
    public string Version { get; init; } = "2.0";

    [JsonPropertyName("method")]
    public required string Method { get; init; }

    [JsonPropertyName("params")]
    public required object Params { get; init; }

    [JsonPropertyName("id")]
    public int Id { get; init; }
}

public sealed class JsonRpcResponse<T>
{
    [JsonPropertyName("result")]
    public T? Result { get; init; }

    [JsonPropertyName("error")]
    public JsonRpcError? Error { get; init; }
}

public sealed class JsonRpcError
{
    [JsonPropertyName("code")]
    public int Code { get; init; }

    [JsonPropertyName("message")]
    public string Message { get; init; } = string.Empty;

    [JsonPropertyName("data")]
    public string? Data { get; init; }
}

public sealed class MonitoringApiException(string method, JsonRpcError error)
    : Exception($"Monitoring API call {method} failed with {error.Code}: {error.Message} {error.Data}")
{
    public int Code { get; } = error.Code;
}
