// expect: INTR108
// case: lock on a local created in the method, guarding a shared list
using System.Collections.Generic;

namespace Ops.Alerting;

public sealed class AlertBuffer
{
    private readonly List<string> _pending = new();

    public void Add(string alert)
    {
        var gate = new object();
        lock (gate)
        {
            _pending.Add(alert);
        }
    }
}
