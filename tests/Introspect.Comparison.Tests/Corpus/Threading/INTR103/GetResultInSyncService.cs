// expect: INTR103
// case: GetAwaiter().GetResult() in a synchronous certificate lookup service
using System.Threading.Tasks;

namespace Ops.Certificates;

public interface ICertificateVault
{
    Task<string> GetThumbprintAsync(string hostName);
}

public sealed class CertificateLookup(ICertificateVault vault)
{
    public string ThumbprintFor(string hostName)
    {
        return vault.GetThumbprintAsync(hostName).GetAwaiter().GetResult();
    }
}
