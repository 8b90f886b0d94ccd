// expect: INTR127
// case: a static monitoring-API session logged in on first use with ??= and no lock, so two jobs can both log in
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
    private static MonitoringSession? s_session;

    public static MonitoringSession Session => s_session ??= MonitoringSession.Login("ops-sync");
}
