// expect: none
// case: lock on a private readonly gate in the job lease table
using System.Collections.Generic;

namespace Ops.Scheduling;

public sealed class JobLeaseTable
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _leases = new();

    public bool TryLease(string job, string owner)
    {
        lock (_gate)
        {
            return _leases.TryAdd(job, owner);
        }
    }
}
