using Introspect.Analyzers.Threading;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.CancellationIgnoredInServiceLoopAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class CancellationIgnoredInServiceLoopAnalyzerTests
{
    [Fact]
    public Task LoopConditionChecksTheToken_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class AlertOutboxDispatcher : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await DispatchAsync();
                    await Task.Delay(TimeSpan.FromSeconds(5));
                }
            }

            private static Task DispatchAsync() => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task PeriodicTimerTickTakesTheToken_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ProxyWatchdog : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
                while (await timer.WaitForNextTickAsync(stoppingToken))
                {
                    await CheckAsync();
                }
            }

            private static Task CheckAsync() => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task WhileTrueWithTokenPassedToDelayOrWork_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class DelayWithToken : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
            }
        }

        sealed class DelegatesToTheWork : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    await ProcessBatchAsync(stoppingToken);
                }
            }

            private static Task ProcessBatchAsync(CancellationToken cancellationToken) => Task.Delay(100, cancellationToken);
        }

        sealed class ThrowsWhenCancelled : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    stoppingToken.ThrowIfCancellationRequested();
                    await Task.Delay(100);
                }
            }
        }
        """);

    [Fact]
    public Task LinkedTokenSourceFromTheToken_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class BackupQueueMonitor : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                linked.CancelAfter(TimeSpan.FromHours(1));
                while (true)
                {
                    await Task.Delay(1000, linked.Token);
                }
            }
        }
        """);

    [Fact]
    public Task CatchOfCancellationWhenTheTokenIsCancelled_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class RaidMonitor : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    try
                    {
                        await Task.Delay(1000);
                    }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                    {
                        break;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task JobsThatObserveTheirFrameworkToken_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Coravel.Invocable;
        using Coravel.Queuing.Interfaces;
        using Hangfire;
        using Quartz;

        sealed class SnapshotJob
        {
            public async Task WaitAsync(IJobCancellationToken token)
            {
                var done = false;
                while (!done)
                {
                    token.ThrowIfCancellationRequested();
                    done = await Task.FromResult(true);
                }
            }
        }

        sealed class ProxyLoadBalancingJob : IJob
        {
            public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                var moved = 1;
                while (moved > 0)
                {
                    moved = await MoveOneHostAsync(context);
                }
            }

            private static Task<int> MoveOneHostAsync(IJobExecutionContext context) =>
                Task.FromResult(context.CancellationToken.IsCancellationRequested ? 0 : 1);
        }

        sealed class MaintenanceMailer : IInvocable, ICancellableTask
        {
            public CancellationToken Token { get; set; }

            public async Task Invoke()
            {
                while (!Token.IsCancellationRequested)
                {
                    await Task.Delay(500);
                }
            }
        }
        """);

    [Fact]
    public Task FiniteLoopsAndLoopsInsideAnObservingLoop_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class UsageExporter(IReadOnlyList<int> customerIds) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                foreach (var customerId in customerIds)
                {
                    await ExportAsync(customerId);
                }

                var checksum = 0;
                for (var i = 0; i < customerIds.Count; i++)
                {
                    checksum += customerIds[i];
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        await ExportAsync(checksum);
                    }
                }
            }

            private static Task ExportAsync(int customerId) => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task LoopOutsideJobCodeOrWithoutAToken_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ReplicaClient
        {
            public async Task WaitForReplicaAsync(CancellationToken cancellationToken)
            {
                while (true)
                {
                    await Task.Delay(100);
                }
            }
        }

        sealed class TickCounter : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(-1, stoppingToken);

            public async Task SpinAsync()
            {
                while (true)
                {
                    await Task.Yield();
                }
            }
        }
        """);

    [Fact]
    public Task LoopStoppedByATokenSourceOfItsOwnOrTheHostLifetime_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class LegacyPoller : IHostedService
        {
            private readonly CancellationTokenSource _stopping = new();
            private Task? _loop;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _loop = Task.Run(async () =>
                {
                    while (!_stopping.IsCancellationRequested)
                    {
                        await Task.Delay(1000);
                    }
                });
                return Task.CompletedTask;
            }

            public async Task StopAsync(CancellationToken cancellationToken)
            {
                _stopping.Cancel();
                if (_loop is not null)
                {
                    await _loop;
                }
            }
        }

        sealed class LifetimeAwarePump(IHostApplicationLifetime lifetime) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    await Task.Delay(1000, lifetime.ApplicationStopping);
                }
            }
        }
        """);

    [Fact]
    public Task GeneratedCode_DoesNotTrigger() => Verify.VerifyAsync("""
        // <auto-generated/>
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class GeneratedPump : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (true)
                {
                    await Task.Delay(100);
                }
            }
        }
        """);

    [Theory]
    [InlineData("class C : Microsoft.Extensions.Hosting.BackgroundService { protected override async System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken t) { while (true { await ; } } }")]
    [InlineData("class C : Quartz.IJob { public async System.Threading.Tasks.ValueTask Execute(Quartz.IJobExecutionContext context, System.Threading.CancellationToken) { for (;;) { await Missing(context.); } } }")]
    [InlineData("class C { [Hangfire.AutomaticRetry] public async Task Run(Hangfire.IJobCancellationToken t) { do { await X(t } while (Missing) } }")]
    public Task BrokenCode_DoesNotThrow(string source) =>
        BrokenCode.AssertNoAnalyzerExceptionWithFrameworksAsync(new CancellationIgnoredInServiceLoopAnalyzer(), source);
}
