// expect: INTR122
// case: a Quartz sync job filling a static readonly Dictionary cache from a private helper while other runs read and write it
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Quartz;

namespace Ops.Monitoring;

public interface IMonitoringApi
{
    Task<IReadOnlyList<(string Name, string Id)>> GetHostsAsync(CancellationToken cancellationToken);
}

public sealed class HostIdSyncJob(IMonitoringApi monitoring) : IJob
{
    private static readonly Dictionary<string, string> s_hostIdsByName = new();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, id) in await monitoring.GetHostsAsync(cancellationToken))
        {
            Remember(name, id);
        }
    }

    private static void Remember(string name, string id) => s_hostIdsByName[name] = id;
}
