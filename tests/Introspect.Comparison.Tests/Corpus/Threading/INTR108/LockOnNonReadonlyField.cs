// expect: INTR108
// case: lock on a private field that is not readonly (only ever set by its initialiser)
using System.Collections.Generic;

namespace Ops.Scheduling;

public sealed class JobLeaseTable
{
    private object _gate = new();
    private readonly Dictionary<string, string> _leases = new();

    public bool TryLease(string job, string owner)
    {
        lock (_gate)
        {
            return _leases.TryAdd(job, owner);
        }
    }
}
