// expect: INTR105
// case: Task.Run started from a synchronous method and never observed
using System.Threading.Tasks;

namespace Ops.Search;

public interface ISearchIndex
{
    void Rebuild(string tenant);
}

public sealed class TenantOnboarding(ISearchIndex index)
{
    public void Complete(string tenant)
    {
        Task.Run(() => index.Rebuild(tenant));
    }
}
