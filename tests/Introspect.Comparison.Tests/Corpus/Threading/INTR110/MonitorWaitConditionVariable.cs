// expect: none
// case: Monitor.Wait inside lock on the same gate (condition variable: it releases the lock)
using System.Collections.Generic;
using System.Threading;

namespace Ops.Messaging;

public sealed class BoundedWorkQueue
{
    private readonly object _gate = new();
    private readonly Queue<string> _items = new();

    public void Add(string item)
    {
        lock (_gate)
        {
            _items.Enqueue(item);
            Monitor.Pulse(_gate);
        }
    }

    public string Take()
    {
        lock (_gate)
        {
            while (_items.Count == 0)
            {
                Monitor.Wait(_gate);
            }

            return _items.Dequeue();
        }
    }
}
