// expect: none
// case: async lambda passed to a Func<Task> parameter of an async retry helper
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Ops.Deployments;

public static class Retry
{
    public static async Task RunAsync(Func<Task> operation, int attempts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await operation();
                return;
            }
            catch (Exception) when (attempt < attempts)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }
}

public interface IReleaseFeed
{
    Task PublishAsync(string version, CancellationToken cancellationToken);
}

public sealed class ReleasePublisher(IReleaseFeed feed)
{
    public Task PublishAsync(string version, CancellationToken cancellationToken) =>
        Retry.RunAsync(async () => await feed.PublishAsync(version, cancellationToken), 3, cancellationToken);
}
