// expect: INTR111
// case: File.ReadAllText of a runbook inside an async incident handler
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Incidents;

public interface IIncidentChannel
{
    Task PostAsync(string text, CancellationToken cancellationToken);
}

public sealed class RunbookPoster(IIncidentChannel channel)
{
    public async Task PostRunbookAsync(string runbookPath, CancellationToken cancellationToken)
    {
        var runbook = File.ReadAllText(runbookPath);
        await channel.PostAsync(runbook, cancellationToken);
    }
}
