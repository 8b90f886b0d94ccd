// expect: none
// case: the archive rotation awaiting its upload
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Backups;

public interface IArchiveUploader
{
    Task UploadAsync(string archivePath, CancellationToken cancellationToken);
}

public sealed class ArchiveRotation(IArchiveUploader uploader)
{
    public async Task RotateAsync(string archivePath, CancellationToken cancellationToken)
    {
        await uploader.UploadAsync(archivePath, cancellationToken);
    }
}
