// expect: INTR104
// case: synchronous helper of a hosted service that sleeps while the replica catches up
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Ops.Database;

public interface IReplicaStatus
{
    bool IsCaughtUp();
}

public sealed class ReplicaFailoverService(IReplicaStatus replica) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        WaitForReplica();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void WaitForReplica()
    {
        while (!replica.IsCaughtUp())
        {
            Thread.Sleep(TimeSpan.FromSeconds(2));
        }
    }
}
