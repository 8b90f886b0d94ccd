// expect: INTR105
// case: a synchronous method starts an upload and drops the task
using System.Threading.Tasks;

namespace Ops.Backups;

public interface IArchiveUploader
{
    Task UploadAsync(string archivePath);
}

public sealed class ArchiveRotation(IArchiveUploader uploader)
{
    public void Rotate(string archivePath)
    {
        uploader.UploadAsync(archivePath);
    }
}
