// expect: none
// case: lock on the private readonly dictionary it protects
using System.Collections.Generic;

namespace Ops.Dns;

public sealed class ResolvedAddressCache
{
    private readonly Dictionary<string, string> _addresses = new();

    public string GetOrAdd(string host, string address)
    {
        lock (_addresses)
        {
            if (!_addresses.TryGetValue(host, out var cached))
            {
                _addresses[host] = cached = address;
            }

            return cached;
        }
    }
}
