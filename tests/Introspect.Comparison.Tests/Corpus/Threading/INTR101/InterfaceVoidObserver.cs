// expect: none
// case: async IObserver<T>.OnNext implementation (void fixed by the interface), exceptions caught inside
using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Ops.Monitoring;

public sealed record HostHeartbeat(string Host, DateTimeOffset At);

public interface IHeartbeatStore
{
    Task RecordAsync(HostHeartbeat heartbeat);
}

public sealed class HeartbeatRecorder(IHeartbeatStore store, ILogger<HeartbeatRecorder> logger) : IObserver<HostHeartbeat>
{
    public async void OnNext(HostHeartbeat value)
    {
        try
        {
            await store.RecordAsync(value);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Heartbeat from {Host} not recorded", value.Host);
        }
    }

    public void OnError(Exception error) => logger.LogError(error, "Heartbeat stream failed");

    public void OnCompleted() => logger.LogInformation("Heartbeat stream completed");
}
