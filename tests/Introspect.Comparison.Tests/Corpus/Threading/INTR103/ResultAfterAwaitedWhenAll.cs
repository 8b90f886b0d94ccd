// expect: none
// case: .Result of two tasks after await Task.WhenAll of both
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Capacity;

public interface IUsageSource
{
    Task<long> ReadBytesAsync(string tenant, CancellationToken cancellationToken);
}

public sealed class StorageUsageTotals(IUsageSource blobs, IUsageSource snapshots)
{
    public async Task<long> TotalBytesAsync(string tenant, CancellationToken cancellationToken)
    {
        var blobBytes = blobs.ReadBytesAsync(tenant, cancellationToken);
        var snapshotBytes = snapshots.ReadBytesAsync(tenant, cancellationToken);
        await Task.WhenAll(blobBytes, snapshotBytes);
        return blobBytes.Result + snapshotBytes.Result;
    }
}
