// expect: INTR101
// case: async void "handler" whose second parameter is a snapshot id, not EventArgs
using System.Threading.Tasks;

namespace Ops.Backups;

public interface ISnapshotCatalog
{
    Task MarkCompleteAsync(string snapshotId);
}

public sealed class SnapshotCompletionTracker(ISnapshotCatalog catalog)
{
    public async void OnSnapshotFinished(object sender, string snapshotId)
    {
        await catalog.MarkCompleteAsync(snapshotId);
    }
}
