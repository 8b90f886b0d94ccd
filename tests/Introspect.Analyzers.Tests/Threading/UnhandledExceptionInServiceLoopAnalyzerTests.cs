using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.UnhandledExceptionInServiceLoopAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class UnhandledExceptionInServiceLoopAnalyzerTests
{
    [Fact]
    public Task LoopWithoutAnyExceptionHandling_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class AlertOutboxDispatcher : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|INTR129:while|} (!stoppingToken.IsCancellationRequested)
                {
                    await DispatchAsync(stoppingToken);
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
            }

            private static Task DispatchAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task FinallyOnlyOrSpecificCatchOnly_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;
        using Microsoft.Extensions.Logging;

        sealed class MetricsPusher(ILogger<MetricsPusher> logger) : BackgroundService
        {
            private int _inFlight;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var timer = new PeriodicTimer(TimeSpan.FromSeconds(10));
                {|INTR129:while|} (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    Interlocked.Increment(ref _inFlight);
                    try
                    {
                        await Task.Delay(10, stoppingToken);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _inFlight);
                    }
                }
            }
        }

        sealed class StatusPageSync(HttpClient http, ILogger<StatusPageSync> logger) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|INTR129:while|} (!stoppingToken.IsCancellationRequested)
                {
                    try
                    {
                        await http.GetStringAsync("https://status.example/api", stoppingToken);
                    }
                    catch (HttpRequestException ex)
                    {
                        logger.LogWarning(ex, "Status page unreachable");
                    }

                    await Task.Delay(60_000, stoppingToken);
                }
            }
        }
        """);

    [Fact]
    public Task CatchAllInsideTheLoopThatSwallows_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class BackupQueueMonitor : BackgroundService
        {
            private int _failures;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    try
                    {
                        await CheckQueuesAsync(stoppingToken);
                    }
                    {|INTR129:catch|} (Exception)
                    {
                        _failures++;
                        await Task.Delay(1000, stoppingToken);
                    }

                    try
                    {
                        await Task.Delay(5000, stoppingToken);
                    }
                    {|INTR129:catch|}
                    {
                    }
                }
            }

            private static Task CheckQueuesAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task CatchAllAroundTheLoopThatSwallows_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class RaidStatusPoller : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                try
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await Task.Delay(1000, stoppingToken);
                    }
                }
                {|INTR129:catch|} (Exception ex)
                {
                    _ = ex.Message;
                }
            }
        }
        """);

    [Fact]
    public Task LoopInsideTaskRunAndAwaitForeach_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class LegacyPump : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(async () =>
            {
                {|INTR129:while|} (!stoppingToken.IsCancellationRequested)
                {
                    await Task.Delay(1000, stoppingToken);
                }
            }, stoppingToken);
        }

        sealed class ProvisioningQueue(Channel<int> channel) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await {|INTR129:foreach|} (var serverId in channel.Reader.ReadAllAsync(stoppingToken))
                {
                    await Task.Delay(serverId, stoppingToken);
                }
            }
        }
        """);

    [Fact]
    public Task OnlyShutdownCatches_Trigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class SnapshotScheduler : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|INTR129:while|} (true)
                {
                    try
                    {
                        await Task.Delay(60_000, stoppingToken);
                    }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception) when (stoppingToken.IsCancellationRequested && DateTime.UtcNow.Hour < 6)
                    {
                        return;
                    }
                }
            }
        }
        """);
}
