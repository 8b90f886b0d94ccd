// expect: none
// case: the batch list swapped under a separate readonly gate
using System.Collections.Generic;

namespace Ops.Telemetry;

public interface IBatchSink
{
    void Write(IReadOnlyList<string> batch);
}

public sealed class EventBatcher(IBatchSink sink)
{
    private readonly object _gate = new();
    private List<string> _batch = new();

    public void Add(string telemetryEvent)
    {
        lock (_gate)
        {
            _batch.Add(telemetryEvent);
        }
    }

    public void Flush()
    {
        List<string> full;
        lock (_gate)
        {
            full = _batch;
            _batch = new List<string>();
        }

        sink.Write(full);
    }
}
