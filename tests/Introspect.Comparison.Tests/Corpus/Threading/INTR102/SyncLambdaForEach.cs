// expect: none
// case: List<T>.ForEach with a synchronous lambda that queues hosts for a scan
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Ops.Monitoring;

public sealed class ScanScheduler
{
    private readonly ConcurrentQueue<string> _pending = new();

    public void Schedule(List<string> hosts)
    {
        hosts.ForEach(host => _pending.Enqueue(host));
    }

    public bool TryNext(out string? host) => _pending.TryDequeue(out host);
}
