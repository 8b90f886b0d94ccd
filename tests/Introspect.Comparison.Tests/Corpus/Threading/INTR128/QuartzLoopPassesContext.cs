// expect: none
// case: Quartz job loop hands its context (and with it the cancellation token) to the step it repeats
using System.Threading;
using System.Threading.Tasks;
using Quartz;

namespace Ops.Monitoring;

public sealed class ProxyLoadBalancingJob : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var moved = 1;
        while (moved > 0)
        {
            moved = await MoveOneHostAsync(context);
        }
    }

    private static async Task<int> MoveOneHostAsync(IJobExecutionContext context)
    {
        await Task.Delay(100, context.CancellationToken);
        return 0;
    }
}
