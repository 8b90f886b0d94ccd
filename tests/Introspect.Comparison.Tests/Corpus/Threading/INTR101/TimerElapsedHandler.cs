// expect: none
// case: async void System.Timers handler that catches and logs what it throws
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

    public HealthPoller(IHealthProbe probe, ILogger<HealthPoller> logger)
    {
        _probe = probe;
        _logger = logger;
        _timer.Elapsed += OnElapsed;
        _timer.Start();
    }

    private async void OnElapsed(object? sender, ElapsedEventArgs e)
    {
        try
        {
            await _probe.ProbeAllAsync();
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Health probe failed");
        }
    }

    public void Dispose() => _timer.Dispose();
}
