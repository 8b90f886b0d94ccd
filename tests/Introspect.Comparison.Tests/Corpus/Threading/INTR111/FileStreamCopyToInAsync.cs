// expect: INTR111
// case: FileStream.CopyTo to a network stream inside an async backup method
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Backups;

public interface IRemoteTarget
{
    Task<Stream> OpenWriteAsync(string name, CancellationToken cancellationToken);
}

public sealed class DumpShipper(IRemoteTarget target)
{
    public async Task ShipAsync(string dumpPath, CancellationToken cancellationToken)
    {
        await using var remote = await target.OpenWriteAsync(Path.GetFileName(dumpPath), cancellationToken);
        await using var local = new FileStream(dumpPath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        local.CopyTo(remote);
    }
}
