// expect: INTR103, INTR110
// case: .Result on a token refresh while holding the cache lock
using System;
using System.Threading.Tasks;

namespace Ops.Integrations;

public interface ITokenEndpoint
{
    Task<string> RefreshAsync();
}

public sealed class AccessTokenCache(ITokenEndpoint endpoint)
{
    private readonly object _gate = new();
    private string? _token;
    private DateTime _expires;

    public string Current()
    {
        lock (_gate)
        {
            if (_token is null || DateTime.UtcNow >= _expires)
            {
                _token = endpoint.RefreshAsync().Result;
                _expires = DateTime.UtcNow.AddMinutes(50);
            }

            return _token;
        }
    }
}
