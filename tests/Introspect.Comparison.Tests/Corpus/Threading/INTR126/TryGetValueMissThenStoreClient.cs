// expect: INTR126
// case: a per-tenant client cache that creates and stores a client when TryGetValue misses
using System;
using System.Collections.Concurrent;
using System.Net.Http;

namespace Ops.Tenants;

public sealed class TenantClients(Func<string, HttpClient> create)
{
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.OrdinalIgnoreCase);

    public HttpClient For(string tenant)
    {
        if (!_clients.TryGetValue(tenant, out var client))
        {
            client = create(tenant);
            _clients[tenant] = client;
        }

        return client;
    }
}
