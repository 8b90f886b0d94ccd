// expect: INTR106
// case: long-running log shipper started with StartNew(LongRunning) and no scheduler
using System.Collections.Concurrent;
using System.Threading.Tasks;

namespace Ops.Logging;

public interface ILogShipper
{
    void Ship(string line);
}

public sealed class LogShippingPump(ILogShipper shipper)
{
    private readonly BlockingCollection<string> _lines = new();

    public Task Start() => Task.Factory.StartNew(Pump, TaskCreationOptions.LongRunning);

    public void Add(string line) => _lines.Add(line);

    public void Complete() => _lines.CompleteAdding();

    private void Pump()
    {
        foreach (var line in _lines.GetConsumingEnumerable())
        {
            shipper.Ship(line);
        }
    }
}
