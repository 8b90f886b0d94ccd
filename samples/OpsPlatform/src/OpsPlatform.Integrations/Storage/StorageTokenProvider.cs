using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OpsPlatform.Integrations.Storage;

/// <summary>OAuth client-credentials token for the storage API, cached for the whole process.</summary>
public sealed class StorageTokenProvider(
    IHttpClientFactory httpClientFactory,
    IOptions<StorageApiOptions> options,
    TimeProvider clock,
    ILogger<StorageTokenProvider> logger)
{
    public const string HttpClientName = "storage-auth";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private AccessToken? _token;

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var token = _token;
        if (token is not null && token.ExpiresAt - RefreshMargin > clock.GetUtcNow())
        {
            return token.Value;
        }

        await _refreshLock.WaitAsync(cancellationToken);

        token = _token;
        if (token is not null && token.ExpiresAt - RefreshMargin > clock.GetUtcNow())
        {
            _refreshLock.Release();
            return token.Value;
        }

        var settings = options.Value;
        var http = httpClientFactory.CreateClient(HttpClientName);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = settings.ClientId,
            ["client_secret"] = settings.ClientSecret,
        });

        using var response = await http.PostAsync("oauth/token", form, cancellationToken);
        response.EnsureSuccessStatusCode();

        var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
            ?? throw new InvalidOperationException("The storage API returned an empty token response.");

        token = new AccessToken(body.AccessToken, clock.GetUtcNow().AddSeconds(body.ExpiresIn));
        _token = token;
        _refreshLock.Release();

        logger.LogDebug("Storage API token refreshed, valid until {ExpiresAt}", token.ExpiresAt);
        return token.Value;
    }

    private sealed record AccessToken(string Value, DateTimeOffset ExpiresAt);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
