// expect: INTR102
// case: ThreadPool.QueueUserWorkItem with an async WaitCallback that rotates logs
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Logging;

public interface ILogRotator
{
    Task RotateAsync(string service);
}

public sealed class LogRotationTrigger(ILogRotator rotator)
{
    public void RotateInBackground(string service)
    {
        ThreadPool.QueueUserWorkItem(async _ => await rotator.RotateAsync(service));
    }
}
