// expect: INTR101
// case: public async void method that pages the on-call engineer
using System.Threading.Tasks;

namespace Ops.Alerting;

public interface IPager
{
    Task PageAsync(string team, string summary);
}

public sealed class IncidentNotifier(IPager pager)
{
    public async void NotifyOnCall(string team, string summary)
    {
        await pager.PageAsync(team, summary);
    }
}
