// expect: INTR102
// case: Parallel.ForEach with an async lambda that uploads backup chunks
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Ops.Backups;

public interface IChunkUploader
{
    Task UploadAsync(string chunkPath);
}

public sealed class BackupChunkShipper(IChunkUploader uploader)
{
    public void ShipAll(IReadOnlyList<string> chunkPaths)
    {
        Parallel.ForEach(chunkPaths, async chunkPath =>
        {
            await uploader.UploadAsync(chunkPath);
        });
    }
}
