// expect: INTR109
// case: an early return between WaitAsync and the try/finally leaks the semaphore
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Certificates;

public interface IAcmeClient
{
    Task RenewAsync(string domain, CancellationToken cancellationToken);
}

public sealed class RenewalGate(IAcmeClient acme)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task RenewAsync(string domain, bool dryRun, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        if (dryRun)
        {
            return;
        }

        try
        {
            await acme.RenewAsync(domain, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
