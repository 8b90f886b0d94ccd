// expect: none
// case: hosted service keeps the consumer task in a field and awaits it on stop
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace Ops.Messaging;

public interface IQueueConsumer
{
    Task RunAsync(CancellationToken cancellationToken);
}

public sealed class QueueConsumerHost(IQueueConsumer consumer) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _consuming;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _consuming = consumer.RunAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_consuming is not null)
        {
            await _consuming.WaitAsync(cancellationToken);
        }
    }
}
