// expect: none
// case: writing and copying a MemoryStream buffer inside an async upload method
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Reporting;

public interface IReportStore
{
    Task SaveAsync(string name, byte[] content, CancellationToken cancellationToken);
}

public sealed class CsvReportWriter(IReportStore store)
{
    public async Task WriteAsync(string name, string[] rows, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        foreach (var row in rows)
        {
            var bytes = Encoding.UTF8.GetBytes(row + "\n");
            buffer.Write(bytes, 0, bytes.Length);
        }

        buffer.Flush();
        await store.SaveAsync(name, buffer.ToArray(), cancellationToken);
    }
}
