// expect: none
// case: deliberate fire-and-forget through a Forget() extension that logs failures
using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Ops.Audit;

public static class TaskExtensions
{
    public static void Forget(this Task task, ILogger logger) =>
        _ = task.ContinueWith(
            failed => logger.LogError(failed.Exception, "Background audit write failed"),
            System.Threading.CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
}

public interface IAuditWriter
{
    Task WriteAsync(string entry);
}

public sealed class AccessAudit(IAuditWriter writer, ILogger<AccessAudit> logger)
{
    public void Record(string user, string resource)
    {
        writer.WriteAsync($"{user} opened {resource}").Forget(logger);
    }
}
