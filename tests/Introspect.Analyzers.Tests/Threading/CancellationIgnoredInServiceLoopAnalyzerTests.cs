using Introspect.Analyzers.Threading;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.CancellationIgnoredInServiceLoopAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class CancellationIgnoredInServiceLoopAnalyzerTests
{
    [Fact]
    public Task WhileTrueInExecuteAsyncWithNoneAndDefaultTokens_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        interface ISmsGateway { Task SendAsync(string text, CancellationToken cancellationToken = default); }

        sealed class AlertOutboxDispatcher(ISmsGateway sms) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|INTR128:while|} (true)
                {
                    await sms.SendAsync("disk full", CancellationToken.None);
                    await sms.SendAsync("raid degraded", default);
                    await sms.SendAsync("proxy down");
                    await Task.Delay(TimeSpan.FromSeconds(5));
                }
            }
        }
        """);

    [Fact]
    public Task DoWhileTrueAndForEverInExecuteAsync_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ExportPump(BlockingCollection<string> exports) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await Task.Yield();
                {|INTR128:for|} (;;)
                {
                    var export = exports.Take();
                    System.Console.WriteLine(export);
                }
            }
        }

        sealed class HeartbeatWriter : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|INTR128:do|}
                {
                    await Task.Delay(1000);
                }
                while (true);
            }
        }
        """);

    [Fact]
    public Task ChannelLoopsWithoutToken_Trigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ProvisioningQueue(Channel<int> channel) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|INTR128:while|} (await channel.Reader.WaitToReadAsync())
                {
                    while (channel.Reader.TryRead(out var serverId))
                    {
                        await ProvisionAsync(serverId);
                    }
                }
            }

            private static Task ProvisionAsync(int serverId) => Task.CompletedTask;
        }

        sealed class DeprovisioningQueue(Channel<int> channel) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await {|INTR128:foreach|} (var serverId in channel.Reader.ReadAllAsync())
                {
                    await Task.Delay(serverId);
                }
            }
        }
        """);

    [Fact]
    public Task LoopStartedFromStartAsync_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ReplicaLagProbe : IHostedService
        {
            private Task? _loop;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _loop = Task.Run(async () =>
                {
                    {|INTR128:while|} (true)
                    {
                        await ProbeAsync();
                        await Task.Delay(10_000);
                    }
                });
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            private static Task ProbeAsync() => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task HangfireJobsThatIgnoreTheirToken_Trigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Hangfire;

        interface IStorageApi { Task<bool> IsSnapshotDoneAsync(string id, CancellationToken cancellationToken = default); }

        sealed class SnapshotJob(IStorageApi storage)
        {
            public async Task WaitForSnapshotAsync(string snapshotId, IJobCancellationToken token)
            {
                var done = false;
                {|INTR128:while|} (!done)
                {
                    done = await storage.IsSnapshotDoneAsync(snapshotId);
                    await Task.Delay(TimeSpan.FromSeconds(30));
                }
            }
        }

        sealed class SnapshotRetentionJob(IStorageApi storage)
        {
            [AutomaticRetry(Attempts = 2)]
            public async Task PurgeAsync(string snapshotId, CancellationToken cancellationToken)
            {
                {|INTR128:while|} (!await storage.IsSnapshotDoneAsync(snapshotId))
                {
                    await Task.Delay(1000);
                }
            }
        }
        """);

    [Fact]
    public Task QuartzAndCoravelJobsThatIgnoreTheirToken_Trigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Coravel.Invocable;
        using Coravel.Queuing.Interfaces;
        using Quartz;

        sealed class ProxyLoadBalancingJob : IJob
        {
            public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                var moved = 1;
                {|INTR128:while|} (moved > 0)
                {
                    moved = await MoveOneHostAsync();
                }
            }

            private static Task<int> MoveOneHostAsync() => Task.FromResult(0);
        }

        sealed class MaintenanceMailer : IInvocable, ICancellableTask
        {
            public CancellationToken Token { get; set; }

            public async Task Invoke()
            {
                {|INTR128:while|} (true)
                {
                    await Task.Delay(500);
                }
            }
        }
        """);

    [Fact]
    public Task HelperOfHostedServiceThatTakesATokenAndIgnoresIt_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class MonitoringSync : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => PumpAsync(stoppingToken);

            private static async Task PumpAsync(CancellationToken cancellationToken)
            {
                {|INTR128:while|} (true)
                {
                    await Task.Delay(15_000);
                }
            }
        }
        """);
}
