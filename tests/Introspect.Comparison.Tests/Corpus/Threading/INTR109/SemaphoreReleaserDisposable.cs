// expect: none
// case: WaitAsync in a helper that returns an IDisposable releaser used with using
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Inventory;

public sealed class AsyncGate
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _semaphore.WaitAsync(cancellationToken);
        return new Releaser(_semaphore);
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}

public interface IAssetDatabase
{
    Task UpsertAsync(string assetTag, CancellationToken cancellationToken);
}

public sealed class AssetImporter(IAssetDatabase database)
{
    private readonly AsyncGate _gate = new();

    public async Task ImportAsync(string assetTag, CancellationToken cancellationToken)
    {
        using (await _gate.EnterAsync(cancellationToken))
        {
            await database.UpsertAsync(assetTag, cancellationToken);
        }
    }
}
