// expect: none
// case: certificate expiry per host returned by the tasks of Task.WhenAll and gathered afterwards
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
    public async Task<IReadOnlyDictionary<string, int>> RunAsync(IReadOnlyList<string> hosts, CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(hosts.Select(async host =>
            (Host: host, Days: await client.DaysLeftAsync(host, cancellationToken))));

        return results.ToDictionary(result => result.Host, result => result.Days);
    }
}
