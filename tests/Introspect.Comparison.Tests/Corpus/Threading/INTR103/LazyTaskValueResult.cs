// expect: INTR103
// case: Lazy<Task<string>>.Value.Result for a cached API token in a sync method
using System;
using System.Threading.Tasks;

namespace Ops.Integrations;

public interface ITokenIssuer
{
    Task<string> IssueAsync();
}

public sealed class StatusPageClient(ITokenIssuer issuer)
{
    private readonly Lazy<Task<string>> _token = new(issuer.IssueAsync);

    public string AuthorizationHeader() => "Bearer " + _token.Value.Result;
}
