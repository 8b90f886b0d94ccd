// expect: INTR111
// case: synchronous HttpClient.Send of a webhook inside an async method
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Alerting;

public sealed class WebhookSender(HttpClient http)
{
    public async Task<bool> SendAsync(string url, string payload, CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(payload) };
        using var response = http.Send(request, cancellationToken);
        return response.IsSuccessStatusCode;
    }
}
