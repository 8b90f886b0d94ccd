// expect: none
// case: an awaited sequential loop counting retried deliveries with retried++
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Webhooks;

public interface IWebhookSender
{
    Task<bool> SendAsync(string url, CancellationToken cancellationToken);
}

public sealed class WebhookRetry(IWebhookSender sender)
{
    public async Task<int> RetryAsync(IEnumerable<string> urls, CancellationToken cancellationToken)
    {
        var retried = 0;
        foreach (var url in urls)
        {
            if (await sender.SendAsync(url, cancellationToken))
            {
                retried++;
            }
        }

        return retried;
    }
}
