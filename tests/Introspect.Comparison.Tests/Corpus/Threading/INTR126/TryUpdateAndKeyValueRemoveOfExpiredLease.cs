// expect: none
// case: a lease table that extends with TryUpdate and removes only the expired entry it read, with TryRemove(KeyValuePair)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Ops.Leases;

public sealed class LeaseTable
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _leases = new();

    public bool Extend(string resource, TimeSpan by)
    {
        return _leases.TryGetValue(resource, out var until) && _leases.TryUpdate(resource, until + by, until);
    }

    public void Sweep(string resource, DateTimeOffset now)
    {
        if (_leases.TryGetValue(resource, out var until) && until <= now)
        {
            _leases.TryRemove(new KeyValuePair<string, DateTimeOffset>(resource, until));
        }
    }
}
