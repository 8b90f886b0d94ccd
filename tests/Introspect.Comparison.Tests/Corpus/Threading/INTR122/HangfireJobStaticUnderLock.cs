// expect: none
// case: the Hangfire export job reading and writing its static last exported day under a lock
using System;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;

namespace Ops.Billing;

public interface IUsageExporter
{
    void ExportDay(DateOnly day);
}

public sealed class UsageExportJob(IUsageExporter exporter)
{
    private static readonly object s_gate = new();
    private static DateOnly s_lastExportedDay;

    [AutomaticRetry(Attempts = 3)]
    public Task ExportAsync(CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        lock (s_gate)
        {
            if (day > s_lastExportedDay)
            {
                exporter.ExportDay(day);
                s_lastExportedDay = day;
            }
        }

        return Task.CompletedTask;
    }
}
