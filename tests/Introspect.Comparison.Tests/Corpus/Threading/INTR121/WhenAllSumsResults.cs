// expect: none
// case: the backup job summing the byte counts that the tasks of Task.WhenAll return
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
    public async Task<long> RunAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var sizes = await Task.WhenAll(paths.Select(path => uploader.UploadAsync(path, cancellationToken)));
        return sizes.Sum();
    }
}
