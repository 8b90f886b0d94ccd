// expect: none
// case: a System.Timers.Timer with AutoReset = false whose handler starts the timer again when the work is done
using System;
using System.Threading.Tasks;
using System.Timers;
using Microsoft.Extensions.Logging;

namespace Ops.Billing;

public interface IBillingApi
{
    Task PushUsageAsync();
}

public sealed class UsagePusher : IDisposable
{
    private readonly Timer _timer = new(TimeSpan.FromMinutes(1)) { AutoReset = false };
    private readonly IBillingApi _billing;
    private readonly ILogger<UsagePusher> _logger;

    public UsagePusher(IBillingApi billing, ILogger<UsagePusher> logger)
    {
        _billing = billing;
        _logger = logger;
        _timer.Elapsed += OnElapsed;
        _timer.Start();
    }

    private async void OnElapsed(object? sender, ElapsedEventArgs e)
    {
        try
        {
            await _billing.PushUsageAsync();
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Pushing usage failed");
        }
        finally
        {
            _timer.Start();
        }
    }

    public void Dispose() => _timer.Dispose();
}
