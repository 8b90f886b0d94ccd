// expect: INTR107
// case: lock on a public readonly list that callers can lock too
using System.Collections.Generic;

namespace Ops.Monitoring;

public sealed class MaintenanceRoster
{
    public readonly List<string> HostsInMaintenance = new();

    public void Enter(string host)
    {
        lock (HostsInMaintenance)
        {
            if (!HostsInMaintenance.Contains(host))
            {
                HostsInMaintenance.Add(host);
            }
        }
    }
}
