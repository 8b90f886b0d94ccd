// expect: none
// case: lock on a private readonly object in the connection-pool registry
using System.Collections.Generic;

namespace Ops.Database;

public sealed class ConnectionPoolRegistry
{
    private readonly object _gate = new();
    private readonly Dictionary<string, int> _openByServer = new();

    public void Opened(string server)
    {
        lock (_gate)
        {
            _openByServer[server] = _openByServer.GetValueOrDefault(server) + 1;
        }
    }
}
