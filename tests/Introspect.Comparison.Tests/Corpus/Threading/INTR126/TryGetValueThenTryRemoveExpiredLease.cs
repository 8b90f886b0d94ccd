// expect: INTR126
// case: a lease sweeper that reads a lease with TryGetValue and removes it with TryRemove when it looks expired
using System;
using System.Collections.Concurrent;

namespace Ops.Leases;

public sealed class LeaseTable
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _leases = new();

    public void Renew(string resource, DateTimeOffset until) => _leases[resource] = until;

    public void Sweep(string resource, DateTimeOffset now)
    {
        if (_leases.TryGetValue(resource, out var until) && until <= now)
        {
            _leases.TryRemove(resource, out _);
        }
    }
}
