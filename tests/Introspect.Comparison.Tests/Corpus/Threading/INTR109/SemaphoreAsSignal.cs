// expect: none
// case: SemaphoreSlim used as a work-available signal: producers Release, the consumer waits
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Messaging;

public sealed class WorkSignalQueue
{
    private readonly ConcurrentQueue<string> _items = new();
    private readonly SemaphoreSlim _available = new(0);

    public void Enqueue(string item)
    {
        _items.Enqueue(item);
        _available.Release();
    }

    public async Task<string> DequeueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _available.WaitAsync(cancellationToken);
            if (_items.TryDequeue(out var item))
            {
                return item;
            }
        }
    }
}
