// expect: none
// case: a static monitoring-API session held in a Lazy<T>, which logs in once however many jobs ask at the same time
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Monitoring;

public sealed class MonitoringSession
{
    public static MonitoringSession Login(string user)
    {
        return new MonitoringSession();
    }

    public Task PingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class Monitoring
{
    private static readonly Lazy<MonitoringSession> s_session = new(() => MonitoringSession.Login("ops-sync"));

    public static MonitoringSession Session => s_session.Value;
}
