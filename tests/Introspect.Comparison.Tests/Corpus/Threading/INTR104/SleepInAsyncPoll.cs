// expect: INTR104
// case: Thread.Sleep between polls of a deployment status inside an async method
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Deployments;

public interface IDeploymentApi
{
    Task<bool> IsHealthyAsync(string deploymentId);
}

public sealed class RolloutWaiter(IDeploymentApi api)
{
    public async Task<bool> WaitUntilHealthyAsync(string deploymentId, int attempts)
    {
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            if (await api.IsHealthyAsync(deploymentId))
            {
                return true;
            }

            Thread.Sleep(5_000);
        }

        return false;
    }
}
