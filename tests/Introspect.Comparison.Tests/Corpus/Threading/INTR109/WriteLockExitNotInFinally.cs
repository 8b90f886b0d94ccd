// expect: INTR109
// case: ReaderWriterLockSlim write lock released after the update, not in finally
using System.Collections.Generic;
using System.Threading;

namespace Ops.Routing;

public sealed class RouteTable
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, string> _routes = new();

    public void Publish(string prefix, string backend)
    {
        _lock.EnterWriteLock();
        _routes[prefix] = backend.ToLowerInvariant();
        _lock.ExitWriteLock();
    }
}
