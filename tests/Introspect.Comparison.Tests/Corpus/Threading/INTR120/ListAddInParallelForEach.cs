// expect: INTR120
// case: a disk check job collecting full hosts into a captured List from Parallel.ForEach
using System.Collections.Generic;
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
        var full = new List<string>();
        Parallel.ForEach(hosts, host =>
        {
            if (probe.IsFull(host))
            {
                full.Add(host);
            }
        });

        return full;
    }
}
