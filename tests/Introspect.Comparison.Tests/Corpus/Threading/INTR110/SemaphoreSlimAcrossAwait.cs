// expect: none
// case: SemaphoreSlim(1, 1) held across an await with WaitAsync and try/finally
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Deployments;

public interface IConfigStore
{
    Task WriteAsync(string key, string value, CancellationToken cancellationToken);
}

public sealed class ConfigPublisher(IConfigStore store)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task PublishAsync(string key, string value, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await store.WriteAsync(key, value, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
