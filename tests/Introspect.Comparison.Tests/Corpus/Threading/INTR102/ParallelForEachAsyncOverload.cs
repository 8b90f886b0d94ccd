// expect: none
// case: Parallel.ForEachAsync with an async body that uploads backup chunks
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Backups;

public interface IChunkUploader
{
    Task UploadAsync(string chunkPath, CancellationToken cancellationToken);
}

public sealed class BackupChunkShipper(IChunkUploader uploader)
{
    public Task ShipAllAsync(IReadOnlyList<string> chunkPaths, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            chunkPaths,
            new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (chunkPath, token) => await uploader.UploadAsync(chunkPath, token));
}
