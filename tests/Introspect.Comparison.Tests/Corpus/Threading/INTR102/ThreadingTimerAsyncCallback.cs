// expect: INTR102, INTR125
// case: System.Threading.Timer with an async TimerCallback that polls the queue depth
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Monitoring;

public interface IQueueDepthReader
{
    Task<int> ReadDepthAsync();
}

public sealed class QueueDepthMonitor : IDisposable
{
    private readonly Timer _timer;
    private int _lastDepth;

    public QueueDepthMonitor(IQueueDepthReader reader)
    {
        _timer = new Timer(async _ => _lastDepth = await reader.ReadDepthAsync(), null, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    public int LastDepth => Volatile.Read(ref _lastDepth);

    public void Dispose() => _timer.Dispose();
}
