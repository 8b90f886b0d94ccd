// expect: none
// case: Task.Run with an async lambda (a Func<Task>), awaited
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Reporting;

public interface IUsageReport
{
    Task<byte[]> RenderAsync(string month, CancellationToken cancellationToken);
}

public sealed class UsageReportExporter(IUsageReport report)
{
    public async Task<byte[]> ExportAsync(string month, CancellationToken cancellationToken) =>
        await Task.Run(async () => await report.RenderAsync(month, cancellationToken), cancellationToken);
}
