// expect: INTR108
// case: lock (new object()) around a shared counter: every caller gets its own lock
namespace Ops.Telemetry;

public sealed class RequestCounter
{
    private long _count;

    public void Increment()
    {
        lock (new object())
        {
            _count++;
        }
    }

    public long Count => _count;
}
