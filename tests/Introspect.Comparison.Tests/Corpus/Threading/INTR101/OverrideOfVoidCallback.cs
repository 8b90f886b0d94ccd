// expect: none
// case: async override of a void base-class callback (signature imposed), exceptions caught inside
using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Ops.Plugins;

public abstract class MaintenancePlugin
{
    public abstract void OnMaintenanceWindowOpened(string windowId);
}

public interface ICacheWarmer
{
    Task WarmAsync(string windowId);
}

public sealed class CacheWarmupPlugin(ICacheWarmer warmer, ILogger<CacheWarmupPlugin> logger) : MaintenancePlugin
{
    public override async void OnMaintenanceWindowOpened(string windowId)
    {
        try
        {
            await warmer.WarmAsync(windowId);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Cache warm-up failed for window {WindowId}", windowId);
        }
    }
}
