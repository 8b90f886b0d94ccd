// expect: none
// case: building an incident summary with a StringWriter inside an async method
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Incidents;

public interface IStatusPage
{
    Task PublishAsync(string body, CancellationToken cancellationToken);
}

public sealed class IncidentSummary(IStatusPage statusPage)
{
    public async Task PublishAsync(string title, IReadOnlyList<string> affectedServices, CancellationToken cancellationToken)
    {
        using var body = new StringWriter();
        body.WriteLine($"## {title}");
        foreach (var service in affectedServices)
        {
            body.WriteLine($"- {service}");
        }

        await statusPage.PublishAsync(body.ToString(), cancellationToken);
    }
}
