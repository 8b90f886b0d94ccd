// expect: none
// case: the same compaction started with Task.Run
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Storage;

public interface ISegmentStore
{
    void Compact(string segment);
}

public sealed class CompactionRunner(ISegmentStore store)
{
    public Task CompactAsync(string segment, CancellationToken cancellationToken) =>
        Task.Run(() => store.Compact(segment), cancellationToken);
}
