// expect: INTR107
// case: Monitor.Enter(this) with a taken flag in a public quota tracker
using System.Threading;

namespace Ops.Quotas;

public sealed class TenantQuota
{
    private long _usedBytes;

    public bool TryConsume(long bytes, long limit)
    {
        var taken = false;
        try
        {
            Monitor.Enter(this, ref taken);
            if (_usedBytes + bytes > limit)
            {
                return false;
            }

            _usedBytes += bytes;
            return true;
        }
        finally
        {
            if (taken)
            {
                Monitor.Exit(this);
            }
        }
    }
}
