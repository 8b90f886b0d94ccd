// expect: none
// case: a periodic timer callback that skips the tick with Interlocked.CompareExchange while the previous sync still runs
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Ops.Inventory;

public interface IInventoryApi
{
    Task SyncAsync();
}

public sealed class InventorySync(IInventoryApi api, ILogger<InventorySync> logger) : IDisposable
{
    private Timer? _timer;
    private int _syncing;

    public void Start() => _timer = new Timer(OnTick, null, TimeSpan.Zero, TimeSpan.FromMinutes(1));

    private void OnTick(object? state)
    {
        if (Interlocked.CompareExchange(ref _syncing, 1, 0) != 0)
        {
            logger.LogDebug("Previous inventory sync still running; tick skipped");
            return;
        }

        _ = SyncAsync();
    }

    private async Task SyncAsync()
    {
        try
        {
            await api.SyncAsync();
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Inventory sync failed");
        }
        finally
        {
            Volatile.Write(ref _syncing, 0);
        }
    }

    public void Dispose() => _timer?.Dispose();
}
