// expect: none
// case: the disk check collecting full hosts into a ConcurrentBag from Parallel.ForEach
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace Ops.Capacity;

public interface IDiskProbe
{
    bool IsFull(string host);
}

public sealed class FullDiskReport(IDiskProbe probe)
{
    public List<string> FindFullDisks(IReadOnlyList<string> hosts)
    {
        var full = new ConcurrentBag<string>();
        Parallel.ForEach(hosts, host =>
        {
            if (probe.IsFull(host))
            {
                full.Add(host);
            }
        });

        return full.ToList();
    }
}
