// expect: INTR103
// case: .Result on a capacity report inside an async method
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Capacity;

public sealed record CapacityReport(string Cluster, double UsedRatio);

public interface ICapacityClient
{
    Task<CapacityReport> GetReportAsync(string cluster);
}

public interface IAlertSink
{
    Task RaiseAsync(string message, CancellationToken cancellationToken);
}

public sealed class CapacityWatch(ICapacityClient client, IAlertSink alerts)
{
    public async Task CheckAsync(string cluster, CancellationToken cancellationToken)
    {
        var report = client.GetReportAsync(cluster).Result;
        if (report.UsedRatio > 0.85)
        {
            await alerts.RaiseAsync($"{cluster} is at {report.UsedRatio:P0}", cancellationToken);
        }
    }
}
