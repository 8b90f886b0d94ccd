// expect: INTR110
// case: a rate limiter that sleeps while holding its lock, queueing every other caller
using System;
using System.Threading;

namespace Ops.Integrations;

public sealed class ProviderRateLimiter
{
    private readonly object _gate = new();
    private DateTime _lastCall = DateTime.MinValue;

    public void WaitForSlot()
    {
        lock (_gate)
        {
            var wait = _lastCall.AddMilliseconds(200) - DateTime.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                Thread.Sleep(wait);
            }

            _lastCall = DateTime.UtcNow;
        }
    }
}
