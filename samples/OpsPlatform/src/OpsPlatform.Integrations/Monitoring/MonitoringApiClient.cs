using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

namespace OpsPlatform.Integrations.Monitoring;

/// <summary>JSON-RPC client for the monitoring server (Zabbix-style API).</summary>
public sealed class MonitoringApiClient(
    HttpClient http,
    MonitoringSession session,
    ILogger<MonitoringApiClient> logger) : IMonitoringApi
{
    private const int SessionTerminatedCode = -32602;

    private static int _lastRequestId;

    public async Task<string> CreateHostAsync(HostDefinition host, CancellationToken cancellationToken)
    {
        var result = await CallAsync<HostIdsResult>("host.create", ToHostParameters(host, hostId: null), cancellationToken);
        return result.HostIds.Single();
    }

    public async Task UpdateHostAsync(string hostId, HostDefinition host, CancellationToken cancellationToken)
    {
        await CallAsync<HostIdsResult>("host.update", ToHostParameters(host, hostId), cancellationToken);
    }

    public async Task<string> CreateMaintenanceAsync(MaintenanceRequest request, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            name = request.Name,
            active_since = request.ActiveSince.ToUnixTimeSeconds(),
            active_till = request.ActiveTill.ToUnixTimeSeconds(),
            maintenance_type = request.CollectData ? 0 : 1,
            description = request.Description,
            hosts = request.HostIds.Select(id => new { hostid = id }).ToArray(),
            timeperiods = new[]
            {
                new
                {
                    timeperiod_type = 0,
                    start_date = request.ActiveSince.ToUnixTimeSeconds(),
                    period = (long)(request.ActiveTill - request.ActiveSince).TotalSeconds,
                },
            },
        };

        var result = await CallAsync<MaintenanceIdsResult>("maintenance.create", parameters, cancellationToken);
        return result.MaintenanceIds.Single();
    }

    public async Task AssignHostsToProxyAsync(string proxyId, IReadOnlyCollection<string> hostIds, CancellationToken cancellationToken)
    {
        if (hostIds.Count == 0)
        {
            return;
        }

        var parameters = new
        {
            hosts = hostIds.Select(id => new { hostid = id }).ToArray(),
            monitored_by = 1,
            proxyid = proxyId,
        };

        await CallAsync<HostIdsResult>("host.massupdate", parameters, cancellationToken);
        logger.LogDebug("Moved {HostCount} hosts to proxy {ProxyId}", hostIds.Count, proxyId);
    }

    private static object ToHostParameters(HostDefinition host, string? hostId)
    {
        var interfaces = new[]
        {
            new { type = 1, main = 1, useip = 1, ip = host.Address, dns = string.Empty, port = "10050" },
        };

        var tags = host.Tags.Select(t => new { tag = t.Key, value = t.Value }).ToArray();
        var templates = host.TemplateIds.Select(id => new { templateid = id }).ToArray();

        if (hostId is null)
        {
            return new
            {
                host = host.TechnicalName,
                name = host.DisplayName,
                interfaces,
                tags,
                templates,
                monitored_by = host.ProxyId is null ? 0 : 1,
                proxyid = host.ProxyId,
            };
        }

        return new
        {
            hostid = hostId,
            host = host.TechnicalName,
            name = host.DisplayName,
            tags,
            templates,
            monitored_by = host.ProxyId is null ? 0 : 1,
            proxyid = host.ProxyId,
        };
    }

    private async Task<T> CallAsync<T>(string method, object parameters, CancellationToken cancellationToken)
    {
        var token = await session.GetAuthTokenAsync(cancellationToken);

        var payload = new JsonRpcRequest
        {
            Method = method,
            Params = parameters,
            Id = Interlocked.Increment(ref _lastRequestId),
        };

        using var request = new HttpRequestMessage(HttpMethod.Post, http.BaseAddress)
        {
            Content = JsonContent.Create(payload),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();

        var body = await response.Content.ReadFromJsonAsync<JsonRpcResponse<T>>(cancellationToken)
            ?? throw new InvalidOperationException($"Empty response to {method}.");

        if (body.Error is not null)
        {
            if (body.Error.Code == SessionTerminatedCode
                && body.Error.Data?.Contains("re-login", StringComparison.OrdinalIgnoreCase) == true)
            {
                session.Invalidate(token);
            }

            throw new MonitoringApiException(method, body.Error);
        }

        return body.Result ?? throw new InvalidOperationException(
            string.Create(CultureInfo.InvariantCulture, $"{method} returned no result (request {payload.Id})."));
    }

    private sealed class HostIdsResult
    {
        [JsonPropertyName("hostids")]
        public List<string> HostIds { get; init; } = [];
    }

    private sealed class MaintenanceIdsResult
    {
        [JsonPropertyName("maintenanceids")]
        public List<string> MaintenanceIds { get; init; } = [];
    }
}
