// expect: none
// case: async void System.Timers handler that skips busy ticks and catches and logs what it throws
using System;
using System.Threading.Tasks;
using System.Timers;
using Microsoft.Extensions.Logging;

namespace Ops.Monitoring;

public interface IHealthProbe
{
    Task ProbeAllAsync();
}

public sealed class HealthPoller : IDisposable
{
    private readonly Timer _timer = new(TimeSpan.FromSeconds(15));
    private readonly IHealthProbe _probe;
    private readonly ILogger<HealthPoller> _logger;
    private int _probing;

    public HealthPoller(IHealthProbe probe, ILogger<HealthPoller> logger)
    {
        _probe = probe;
        _logger = logger;
        _timer.Elapsed += OnElapsed;
        _timer.Start();
    }

    private async void OnElapsed(object? sender, ElapsedEventArgs e)
    {
        if (System.Threading.Interlocked.CompareExchange(ref _probing, 1, 0) != 0)
        {
            return;
        }

        try
        {
            await _probe.ProbeAllAsync();
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Health probe failed");
        }
        finally
        {
            System.Threading.Volatile.Write(ref _probing, 0);
        }
    }

    public void Dispose() => _timer.Dispose();
}
