// expect: none
// case: WaitAsync immediately followed by try { upload } finally { Release }
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
        try
        {
            await store.PutAsync(key, content, cancellationToken);
        }
        finally
        {
            _throttle.Release();
        }
    }
}
