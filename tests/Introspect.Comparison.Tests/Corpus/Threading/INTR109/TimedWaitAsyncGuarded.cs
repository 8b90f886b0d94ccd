// expect: none
// case: if (!await WaitAsync(timeout)) skip; otherwise try/finally Release
using System;
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

    public async Task<bool> TryRenewAsync(string domain, CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken))
        {
            return false;
        }

        try
        {
            await acme.RenewAsync(domain, cancellationToken);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
