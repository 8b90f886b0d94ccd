// expect: INTR120
// case: certificate expiry per host written into a Dictionary field from the async lambdas of Task.WhenAll
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Certificates;

public interface ICertificateClient
{
    Task<int> DaysLeftAsync(string host, CancellationToken cancellationToken);
}

public sealed class CertificateSweep(ICertificateClient client)
{
    private readonly Dictionary<string, int> _daysLeft = new();

    public async Task<IReadOnlyDictionary<string, int>> RunAsync(IReadOnlyList<string> hosts, CancellationToken cancellationToken)
    {
        await Task.WhenAll(hosts.Select(async host =>
        {
            var days = await client.DaysLeftAsync(host, cancellationToken);
            _daysLeft[host] = days;
        }));

        return _daysLeft;
    }
}
