// expect: none
// case: ReaderWriterLockSlim read lock entered before try, exited in finally
using System.Collections.Generic;
using System.Threading;

namespace Ops.Routing;

public sealed class RouteTable
{
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Dictionary<string, string> _routes = new();

    public string? Resolve(string prefix)
    {
        _lock.EnterReadLock();
        try
        {
            return _routes.GetValueOrDefault(prefix);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }
}
