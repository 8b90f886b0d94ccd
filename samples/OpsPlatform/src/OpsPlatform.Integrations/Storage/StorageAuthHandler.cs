using System.Net.Http.Headers;

namespace OpsPlatform.Integrations.Storage;

/// <summary>Adds the storage API bearer token to every request of the typed client.</summary>
public sealed class StorageAuthHandler(StorageTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetAccessTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken);
    }
}
