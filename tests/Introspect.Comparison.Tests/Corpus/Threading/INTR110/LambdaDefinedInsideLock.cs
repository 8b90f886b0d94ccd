// expect: none
// case: a back-off callback created under the lock; its Thread.Sleep runs later, outside it
using System;
using System.Threading;

namespace Ops.Tools;

public sealed class RetrySettings
{
    private readonly object _gate = new();
    private Action<int> _backoff = _ => { };

    public void UseLinearBackoff(int stepMilliseconds)
    {
        lock (_gate)
        {
            _backoff = attempt => Thread.Sleep(attempt * stepMilliseconds);
        }
    }

    public void BackOff(int attempt)
    {
        Action<int> backoff;
        lock (_gate)
        {
            backoff = _backoff;
        }

        backoff(attempt);
    }
}
