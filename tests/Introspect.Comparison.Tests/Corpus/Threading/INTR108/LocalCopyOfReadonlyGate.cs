// expect: none
// case: a local that copies a readonly gate before locking on it
using System.Collections.Generic;

namespace Ops.Alerting;

public sealed class AlertBuffer
{
    private readonly object _gate = new();
    private readonly List<string> _pending = new();

    public void Add(string alert)
    {
        var gate = _gate;
        lock (gate)
        {
            _pending.Add(alert);
        }
    }
}
