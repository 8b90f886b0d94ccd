// expect: INTR126
// case: a Hangfire job that checks ContainsKey on a static ConcurrentDictionary of running installs, then marks its own with the indexer
using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;

namespace Ops.Provisioning;

public interface IAgentInstaller
{
    Task InstallAsync(int serverId, CancellationToken cancellationToken);
}

public sealed class AgentInstallJob(IAgentInstaller installer)
{
    private static readonly ConcurrentDictionary<int, DateTime> Running = new();

    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(int serverId, CancellationToken cancellationToken)
    {
        if (Running.ContainsKey(serverId))
        {
            return;
        }

        Running[serverId] = DateTime.UtcNow;
        try
        {
            await installer.InstallAsync(serverId, cancellationToken);
        }
        finally
        {
            Running.TryRemove(serverId, out _);
        }
    }
}
