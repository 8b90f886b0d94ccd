// expect: none
// case: a Quartz job that serialises certificate renewals on a static readonly Lock
using System.Threading;
using System.Threading.Tasks;
using Quartz;

namespace Ops.Certificates;

public interface ICertificateRenewer
{
    void RenewExpiring();
}

public sealed class CertificateRenewalJob(ICertificateRenewer renewer) : IJob
{
    private static readonly Lock s_renewalGate = new();

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        lock (s_renewalGate)
        {
            renewer.RenewExpiring();
        }

        return ValueTask.CompletedTask;
    }
}
