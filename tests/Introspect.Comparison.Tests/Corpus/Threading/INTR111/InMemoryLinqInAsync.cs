// expect: none
// case: LINQ ToList/First over an in-memory list inside an async method
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Backups;

public sealed record Snapshot(string Id, string Volume, bool Expired);

public interface ISnapshotDeleter
{
    Task DeleteAsync(string snapshotId, CancellationToken cancellationToken);
}

public sealed class ExpiredSnapshotSweeper(ISnapshotDeleter deleter)
{
    public async Task<int> SweepAsync(IReadOnlyList<Snapshot> snapshots, CancellationToken cancellationToken)
    {
        var expired = snapshots.Where(snapshot => snapshot.Expired).ToList();
        if (expired.Count == 0 || snapshots.First().Volume.Length == 0)
        {
            return 0;
        }

        foreach (var snapshot in expired)
        {
            await deleter.DeleteAsync(snapshot.Id, cancellationToken);
        }

        return expired.Count;
    }
}
