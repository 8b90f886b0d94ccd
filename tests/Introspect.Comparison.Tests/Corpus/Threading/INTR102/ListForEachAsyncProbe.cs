// expect: INTR102
// case: List<T>.ForEach with an async lambda that probes every host
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Ops.Monitoring;

public interface IHostProbe
{
    Task PingAsync(string host);
}

public sealed class FleetPinger(IHostProbe probe)
{
    public void PingAll(List<string> hosts)
    {
        hosts.ForEach(async host => await probe.PingAsync(host));
    }
}
