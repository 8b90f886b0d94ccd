// expect: none
// case: the Quartz sync job keeping its host id cache in a static ConcurrentDictionary
using System.Collections.Concurrent;
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
    private static readonly ConcurrentDictionary<string, string> s_hostIdsByName = new();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var (name, id) in await monitoring.GetHostsAsync(cancellationToken))
        {
            s_hostIdsByName[name] = id;
        }
    }
}
