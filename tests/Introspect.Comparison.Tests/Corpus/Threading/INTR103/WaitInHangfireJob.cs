// expect: INTR103
// case: .Wait() on an export task inside a synchronous Hangfire job method
using System.Threading.Tasks;
using Hangfire;

namespace Ops.Billing;

public interface IInvoiceExporter
{
    Task ExportMonthAsync(string month);
}

public sealed class InvoiceExportJob(IInvoiceExporter exporter)
{
    [AutomaticRetry(Attempts = 3)]
    public void Run(string month)
    {
        exporter.ExportMonthAsync(month).Wait();
    }
}
