// expect: INTR110
// case: Monitor.Enter, an await, then Monitor.Exit in finally: Exit may run on another thread
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Deployments;

public interface IConfigStore
{
    Task WriteAsync(string key, string value, CancellationToken cancellationToken);
}

public sealed class ConfigPublisher(IConfigStore store)
{
    private readonly object _gate = new();

    public async Task PublishAsync(string key, string value, CancellationToken cancellationToken)
    {
        Monitor.Enter(_gate);
        try
        {
            await store.WriteAsync(key, value, cancellationToken);
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }
}
