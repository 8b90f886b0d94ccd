// expect: none
// case: lock on a private readonly System.Threading.Lock (.NET 9+)
using System.Threading;

namespace Ops.Quotas;

public sealed class TenantQuota
{
    private readonly Lock _gate = new();
    private long _usedBytes;

    public bool TryConsume(long bytes, long limit)
    {
        lock (_gate)
        {
            if (_usedBytes + bytes > limit)
            {
                return false;
            }

            _usedBytes += bytes;
            return true;
        }
    }
}
