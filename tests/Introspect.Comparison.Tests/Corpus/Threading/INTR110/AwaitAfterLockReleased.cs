// expect: none
// case: take a snapshot of pending alerts under the lock, await the send after leaving it
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Alerting;

public interface IAlertChannel
{
    Task SendAsync(IReadOnlyList<string> alerts, CancellationToken cancellationToken);
}

public sealed class AlertDispatcher(IAlertChannel channel)
{
    private readonly object _gate = new();
    private readonly List<string> _pending = new();

    public void Add(string alert)
    {
        lock (_gate)
        {
            _pending.Add(alert);
        }
    }

    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        string[] batch;
        lock (_gate)
        {
            batch = _pending.ToArray();
            _pending.Clear();
        }

        await channel.SendAsync(batch, cancellationToken);
    }
}
