// expect: INTR110
// case: blocking SemaphoreSlim.Wait for a pooled connection while holding the pool lock
using System.Collections.Generic;
using System.Threading;

namespace Ops.Database;

public sealed class ConnectionLeasePool
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _slots = new(10, 10);
    private readonly Stack<string> _idle = new();
    private int _created;

    public string Lease()
    {
        lock (_gate)
        {
            _slots.Wait();
            return _idle.Count > 0 ? _idle.Pop() : $"connection-{++_created}";
        }
    }

    public void Return(string connection)
    {
        lock (_gate)
        {
            _idle.Push(connection);
        }

        _slots.Release();
    }
}
