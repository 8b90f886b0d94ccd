// expect: none
// case: long-running log shipper started with StartNew(LongRunning, TaskScheduler.Default)
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Logging;

public interface ILogShipper
{
    void Ship(string line);
}

public sealed class LogShippingPump(ILogShipper shipper)
{
    private readonly BlockingCollection<string> _lines = new();

    public Task Start() =>
        Task.Factory.StartNew(Pump, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

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
