// expect: INTR128
// case: Quartz job drains a channel with await foreach and no token: it waits for new items forever
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Quartz;

namespace Ops.Provisioning;

public interface IProvisioner
{
    Task ProvisionAsync(int serverId);
}

public sealed class ProvisioningDrainJob(Channel<int> requests, IProvisioner provisioner) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await foreach (var serverId in requests.Reader.ReadAllAsync())
        {
            await provisioner.ProvisionAsync(serverId);
        }
    }
}
