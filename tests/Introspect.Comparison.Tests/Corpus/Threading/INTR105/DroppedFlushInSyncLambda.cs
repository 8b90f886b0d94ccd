// expect: INTR105
// case: a synchronous Action callback that drops the task of an audit-log flush
using System;
using System.Threading.Tasks;

namespace Ops.Audit;

public interface IAuditLog
{
    Task FlushAsync();
}

public sealed class ShutdownHooks(IAuditLog audit)
{
    public Action OnShutdown() => () =>
    {
        audit.FlushAsync();
    };
}
