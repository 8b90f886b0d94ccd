// expect: INTR122
// case: a Hangfire export job remembering the last exported day in a static field that overlapping runs overwrite
using System;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;

namespace Ops.Billing;

public interface IUsageExporter
{
    Task ExportDayAsync(DateOnly day, CancellationToken cancellationToken);
}

public sealed class UsageExportJob(IUsageExporter exporter)
{
    private static DateOnly s_lastExportedDay;

    [AutomaticRetry(Attempts = 3)]
    public async Task ExportAsync(CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        if (day <= s_lastExportedDay)
        {
            return;
        }

        await exporter.ExportDayAsync(day, cancellationToken);
        s_lastExportedDay = day;
    }
}
