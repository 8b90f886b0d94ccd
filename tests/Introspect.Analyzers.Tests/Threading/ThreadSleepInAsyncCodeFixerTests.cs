using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.ThreadSleepInAsyncCodeAnalyzer,
    Introspect.CodeFixes.Threading.ThreadSleepInAsyncCodeFixer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>The INTR104 fixes; which cancellation token Task.Delay gets is in ThreadSleepInAsyncCodeFixerTests.Tokens.cs.</summary>
public sealed partial class ThreadSleepInAsyncCodeFixerTests
{
    [Fact]
    public Task SleepWhilePolling_BecomesTaskDelayWithTheCancellationToken() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class SnapshotPoller
        {
            public async Task<bool> WaitForSnapshotAsync(Func<Task<bool>> isDone, TimeSpan pollInterval, CancellationToken cancellationToken)
            {
                while (!await isDone())
                {
                    {|INTR104:Thread.Sleep(pollInterval)|};
                }

                return true;
            }
        }
        """,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class SnapshotPoller
        {
            public async Task<bool> WaitForSnapshotAsync(Func<Task<bool>> isDone, TimeSpan pollInterval, CancellationToken cancellationToken)
            {
                while (!await isDone())
                {
                    await Task.Delay(pollInterval, cancellationToken);
                }

                return true;
            }
        }
        """);

    [Fact]
    public Task MakeAsyncNotOffered_ForAPublicJobMethodOfALibrary() => Verify.VerifyAsync(
        """
        using System.Threading;
        using Hangfire;

        // The test compilation is a class library: code outside the solution may call Export.
        public sealed class UsageExportJob
        {
            [AutomaticRetry(Attempts = 3)]
            public void Export(int customerId, IJobCancellationToken cancellation)
            {
                {|INTR104:Thread.Sleep(1000)|};
            }
        }
        """,
        """
        using System.Threading;
        using Hangfire;

        // The test compilation is a class library: code outside the solution may call Export.
        public sealed class UsageExportJob
        {
            [AutomaticRetry(Attempts = 3)]
            public void Export(int customerId, IJobCancellationToken cancellation)
            {
                {|INTR104:Thread.Sleep(1000)|};
            }
        }
        """);

    [Fact]
    public Task SleepZeroInAsyncCode_BecomesTaskYield() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ExportGate
        {
            private volatile bool _open;

            public async Task WaitOpenAsync(CancellationToken cancellationToken)
            {
                await Task.Yield();
                while (!_open)
                {
                    {|INTR104:Thread.Sleep(0)|};
                }
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ExportGate
        {
            private volatile bool _open;

            public async Task WaitOpenAsync(CancellationToken cancellationToken)
            {
                await Task.Yield();
                while (!_open)
                {
                    await Task.Yield();
                }
            }
        }
        """);

    [Fact]
    public Task TaskReturningStartAsync_BecomesAsync() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class StorageWarmup : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken)
            {
                {|INTR104:Thread.Sleep(2000)|};
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class StorageWarmup : IHostedService
        {
            public async Task StartAsync(CancellationToken cancellationToken)
            {
                await Task.Delay(2000, cancellationToken);
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task FixAll_ReplacesEverySleep() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class RaidAgentPoller
        {
            public async Task PollAsync(CancellationToken cancellationToken)
            {
                await Task.Yield();
                {|INTR104:Thread.Sleep(100)|};
                {|INTR104:Thread.Sleep(TimeSpan.FromSeconds(1))|};
            }

            public async Task RetryAsync(CancellationToken token)
            {
                await Task.Yield();
                {|INTR104:Thread.Sleep(millisecondsTimeout: 500)|};
            }
        }
        """,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class RaidAgentPoller
        {
            public async Task PollAsync(CancellationToken cancellationToken)
            {
                await Task.Yield();
                await Task.Delay(100, cancellationToken);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }

            public async Task RetryAsync(CancellationToken token)
            {
                await Task.Yield();
                await Task.Delay(500, token);
            }
        }
        """);

    [Fact]
    public Task FixNotOffered_InsideALockOrWhenTheJobHelperIsUsedSynchronously() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ProxyWatchdog : BackgroundService
        {
            private readonly object _gate = new();

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                lock (_gate)
                {
                    {|INTR104:Thread.Sleep(100)|};
                }

                await Task.Yield();
                Backoff();
            }

            public override void Dispose()
            {
                Backoff();
                base.Dispose();
            }

            private static void Backoff() => {|INTR104:Thread.Sleep(TimeSpan.FromSeconds(5))|};
        }
        """,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ProxyWatchdog : BackgroundService
        {
            private readonly object _gate = new();

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                lock (_gate)
                {
                    {|INTR104:Thread.Sleep(100)|};
                }

                await Task.Yield();
                Backoff();
            }

            public override void Dispose()
            {
                Backoff();
                base.Dispose();
            }

            private static void Backoff() => {|INTR104:Thread.Sleep(TimeSpan.FromSeconds(5))|};
        }
        """);

    [Fact]
    public Task SyncJobHelperCalledOnlyFromAsyncCode_BecomesAsyncAndIsAwaited() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ProxyWatchdog : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await Task.Yield();
                Backoff(stoppingToken);
            }

            private static void Backoff(CancellationToken stoppingToken) => {|INTR104:Thread.Sleep(TimeSpan.FromSeconds(5))|};
        }
        """,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ProxyWatchdog : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await Task.Yield();
                await Backoff(stoppingToken);
            }

            private static async Task Backoff(CancellationToken stoppingToken) => await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
        }
        """);
}
