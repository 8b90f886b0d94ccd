// expect: INTR104
// case: Thread.Sleep as a back-off inside a Quartz job's Execute
using System;
using System.Threading;
using System.Threading.Tasks;
using Quartz;

namespace Ops.Dns;

public interface IDnsZone
{
    bool TryPublish(string zone);
}

public sealed class ZonePublishJob(IDnsZone dns) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= 3 && !dns.TryPublish("ops.example.net"); attempt++)
        {
            Thread.Sleep(TimeSpan.FromSeconds(attempt * 10));
        }

        return ValueTask.CompletedTask;
    }
}
