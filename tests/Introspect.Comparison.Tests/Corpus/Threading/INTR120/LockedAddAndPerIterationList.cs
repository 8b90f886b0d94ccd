// expect: none
// case: Parallel.ForEach building a per-host list and adding the summary to a shared list under a lock
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Ops.Inventory;

public sealed class PackageInventory
{
    private readonly object _gate = new();
    private readonly List<string> _summaries = new();

    public IReadOnlyList<string> Collect(IReadOnlyList<string> hosts)
    {
        Parallel.ForEach(hosts, host =>
        {
            var packages = new List<string> { host + ":openssl", host + ":curl" };
            var summary = host + " has " + packages.Count + " packages";
            lock (_gate)
            {
                _summaries.Add(summary);
            }
        });

        return _summaries;
    }
}
