// expect: INTR102
// case: async lambda passed to an Action<Exception> failure callback of a retry helper
using System;
using System.Threading.Tasks;

namespace Ops.Deployments;

public sealed class RetryPolicy
{
    private Action<Exception>? _onFailure;

    public RetryPolicy OnFailure(Action<Exception> onFailure)
    {
        _onFailure = onFailure;
        return this;
    }

    public void Execute(Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception)
        {
            _onFailure?.Invoke(exception);
        }
    }
}

public interface IDeploymentLog
{
    Task RecordFailureAsync(string message);
}

public sealed class DeploymentStep(IDeploymentLog log)
{
    public RetryPolicy CreatePolicy() =>
        new RetryPolicy().OnFailure(async exception => await log.RecordFailureAsync(exception.Message));
}
