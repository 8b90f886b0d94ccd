// expect: INTR103
// case: Task.WaitAll over two syncs inside a Coravel invocable
using System.Threading.Tasks;
using Coravel.Invocable;

namespace Ops.Inventory;

public interface IInventorySource
{
    Task SyncAsync();
}

public sealed class InventorySyncInvocable(IInventorySource cmdb, IInventorySource cloud) : IInvocable
{
    public Task Invoke()
    {
        var fromCmdb = cmdb.SyncAsync();
        var fromCloud = cloud.SyncAsync();
        Task.WaitAll(fromCmdb, fromCloud);
        return Task.CompletedTask;
    }
}
