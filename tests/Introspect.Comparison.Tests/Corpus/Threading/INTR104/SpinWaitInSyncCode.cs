// expect: none
// case: SpinWait.SpinUntil with a short timeout in a synchronous lock-free buffer
using System.Threading;

namespace Ops.Telemetry;

public sealed class SampleBuffer
{
    private int _flushing;

    public bool TryBeginFlush() => SpinWait.SpinUntil(() => Interlocked.CompareExchange(ref _flushing, 1, 0) == 0, 50);

    public void EndFlush() => Volatile.Write(ref _flushing, 0);
}
