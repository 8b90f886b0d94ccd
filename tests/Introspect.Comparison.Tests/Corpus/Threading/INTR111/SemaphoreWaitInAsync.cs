// expect: INTR111
// case: blocking SemaphoreSlim.Wait in an async method instead of WaitAsync
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Integrations;

public interface ITicketApi
{
    Task CreateAsync(string title, CancellationToken cancellationToken);
}

public sealed class TicketThrottle(ITicketApi api)
{
    private readonly SemaphoreSlim _slots = new(2, 2);

    public async Task CreateTicketAsync(string title, CancellationToken cancellationToken)
    {
        _slots.Wait(cancellationToken);
        try
        {
            await api.CreateAsync(title, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }
    }
}
