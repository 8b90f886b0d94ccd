// expect: INTR108
// case: lock on the batch list that the flush replaces with a new list
using System.Collections.Generic;

namespace Ops.Telemetry;

public interface IBatchSink
{
    void Write(IReadOnlyList<string> batch);
}

public sealed class EventBatcher(IBatchSink sink)
{
    private List<string> _batch = new();

    public void Add(string telemetryEvent)
    {
        lock (_batch)
        {
            _batch.Add(telemetryEvent);
        }
    }

    public void Flush()
    {
        lock (_batch)
        {
            sink.Write(_batch);
            _batch = new List<string>();
        }
    }
}
