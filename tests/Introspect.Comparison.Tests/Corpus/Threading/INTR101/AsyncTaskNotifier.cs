// expect: none
// case: the same on-call notifier returning Task so callers await it
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Alerting;

public interface IPager
{
    Task PageAsync(string team, string summary, CancellationToken cancellationToken);
}

public sealed class IncidentNotifier(IPager pager)
{
    public async Task NotifyOnCallAsync(string team, string summary, CancellationToken cancellationToken)
    {
        await pager.PageAsync(team, summary, cancellationToken);
    }
}
