// expect: INTR107
// case: lock (this) in a public connection-pool registry
using System.Collections.Generic;

namespace Ops.Database;

public sealed class ConnectionPoolRegistry
{
    private readonly Dictionary<string, int> _openByServer = new();

    public void Opened(string server)
    {
        lock (this)
        {
            _openByServer[server] = _openByServer.GetValueOrDefault(server) + 1;
        }
    }
}
