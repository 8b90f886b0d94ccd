// expect: INTR106
// case: Task.Factory.StartNew of CPU-bound compaction without a scheduler, returned to the caller
using System.Threading.Tasks;

namespace Ops.Storage;

public interface ISegmentStore
{
    void Compact(string segment);
}

public sealed class CompactionRunner(ISegmentStore store)
{
    public Task CompactAsync(string segment) => Task.Factory.StartNew(() => store.Compact(segment));
}
