using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpsPlatform.Integrations.Monitoring;

/// <summary>
/// Holds the API session token shared by every <see cref="MonitoringApiClient"/> in the process.
/// Registered as a singleton; logs in lazily and again when the token is about to expire.
/// </summary>
public sealed class MonitoringSession(
    IHttpClientFactory httpClientFactory,
    IOptions<MonitoringApiOptions> options,
    TimeProvider clock,
    ILogger<MonitoringSession> logger)
{
    public const string HttpClientName = "monitoring-login";

    private readonly SemaphoreSlim _loginLock = new(1, 1);
    private volatile SessionToken? _current;

    public async Task<string> GetAuthTokenAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        if (current is not null && current.ExpiresAt > clock.GetUtcNow())
        {
            return current.Value;
        }

        await _loginLock.WaitAsync(cancellationToken);
        try
        {
            current = _current;
            if (current is not null && current.ExpiresAt > clock.GetUtcNow())
            {
                return current.Value;
            }

            var token = await LoginAsync(cancellationToken);
            _current = new SessionToken(token, clock.GetUtcNow() + options.Value.SessionLifetime);
            return token;
        }
        finally
        {
            _loginLock.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> so that the next call logs in again.</summary>
    public void Invalidate(string token)
    {
        var current = _current;
        if (current is not null && current.Value == token)
        {
            _current = null;
        }
    }

    private async Task<string> LoginAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var http = httpClientFactory.CreateClient(HttpClientName);

        var payload = new JsonRpcRequest
        {
            Method = "user.login",
            Params = new { username = settings.UserName, password = settings.Password },
            Id = 1,
        };

        using var response = await http.PostAsJsonAsync(settings.Endpoint, payload, cancellationToken);
        response.EnsureSuccessStatusCode();

        var body = await response.Content.ReadFromJsonAsync<JsonRpcResponse<string>>(cancellationToken);
        if (body?.Error is not null)
        {
            throw new MonitoringApiException("user.login", body.Error);
        }

        logger.LogInformation("Logged in to the monitoring API as {UserName}", settings.UserName);
        return body?.Result ?? throw new InvalidOperationException("user.login returned no session id.");
    }

    private sealed record SessionToken(string Value, DateTimeOffset ExpiresAt);
}
