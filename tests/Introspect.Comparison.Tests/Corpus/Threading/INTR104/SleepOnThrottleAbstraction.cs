// expect: none
// case: a method named Sleep on an injected back-off clock (not Thread.Sleep) in an async method
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Ingestion;

public interface IBackoffClock
{
    Task Sleep(TimeSpan delay, CancellationToken cancellationToken);
}

public interface IFeedReader
{
    Task<bool> TryReadBatchAsync(CancellationToken cancellationToken);
}

public sealed class FeedPump(IFeedReader reader, IBackoffClock clock)
{
    public async Task PumpAsync(CancellationToken cancellationToken)
    {
        while (!await reader.TryReadBatchAsync(cancellationToken))
        {
            await clock.Sleep(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }
}
