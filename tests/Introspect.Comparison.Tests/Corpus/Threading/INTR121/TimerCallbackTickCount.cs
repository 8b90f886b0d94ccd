// expect: INTR121, INTR125
// case: a heartbeat timer callback counting missed beats with _missed = _missed + 1
using System;
using System.Threading;

namespace Ops.Heartbeats;

public sealed class HeartbeatWatch : IDisposable
{
    private readonly Timer _timer;
    private DateTime _lastBeat = DateTime.UtcNow;
    private int _missed;

    public HeartbeatWatch()
    {
        _timer = new Timer(_ =>
        {
            if (DateTime.UtcNow - _lastBeat > TimeSpan.FromSeconds(30))
            {
                _missed = _missed + 1;
            }
        }, null, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    public int Missed => Volatile.Read(ref _missed);

    public void Beat() => _lastBeat = DateTime.UtcNow;

    public void Dispose() => _timer.Dispose();
}
