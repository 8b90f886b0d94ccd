// expect: INTR109
// case: SemaphoreSlim.WaitAsync throttle released after the upload, not in finally
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Backups;

public interface IBlobStore
{
    Task PutAsync(string key, byte[] content, CancellationToken cancellationToken);
}

public sealed class ThrottledUploader(IBlobStore store)
{
    private readonly SemaphoreSlim _throttle = new(4, 4);

    public async Task UploadAsync(string key, byte[] content, CancellationToken cancellationToken)
    {
        await _throttle.WaitAsync(cancellationToken);
        await store.PutAsync(key, content, cancellationToken);
        _throttle.Release();
    }
}
