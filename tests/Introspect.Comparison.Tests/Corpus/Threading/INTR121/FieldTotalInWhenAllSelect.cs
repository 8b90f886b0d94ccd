// expect: INTR121
// case: a backup job summing uploaded bytes into a long field from the async lambdas of Task.WhenAll
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Backups;

public interface IBlobUploader
{
    Task<long> UploadAsync(string path, CancellationToken cancellationToken);
}

public sealed class BackupRun(IBlobUploader uploader)
{
    private long _uploadedBytes;

    public async Task<long> RunAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        await Task.WhenAll(paths.Select(async path =>
        {
            var bytes = await uploader.UploadAsync(path, cancellationToken);
            _uploadedBytes += bytes;
        }));

        return _uploadedBytes;
    }
}
