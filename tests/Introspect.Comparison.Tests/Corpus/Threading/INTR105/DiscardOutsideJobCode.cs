// expect: none
// case: explicit _ = discard of a best-effort metrics push in an ordinary API service
using System.Threading.Tasks;

namespace Ops.Api;

public interface IMetricsPush
{
    Task PushAsync(string name, double value);
}

public sealed class LoginAuditService(IMetricsPush metrics)
{
    public void RecordLogin(string user)
    {
        _ = metrics.PushAsync("logins", 1);
    }
}
