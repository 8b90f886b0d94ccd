// expect: none
// case: a Hangfire job that marks its install as running with TryAdd and leaves when another worker has it
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
        if (!Running.TryAdd(serverId, DateTime.UtcNow))
        {
            return;
        }

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
