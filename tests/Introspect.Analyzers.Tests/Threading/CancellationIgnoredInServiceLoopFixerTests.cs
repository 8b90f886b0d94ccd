using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.CancellationIgnoredInServiceLoopAnalyzer,
    Introspect.CodeFixes.Threading.CancellationIgnoredInServiceLoopFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class CancellationIgnoredInServiceLoopFixerTests
{
    [Fact]
    public Task WhileTrueInExecuteAsync_LoopsWhileStoppingTokenIsNotCancelled() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class AlertOutboxDispatcher : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|INTR128:while|} (true)
                {
                    await Task.Delay(5000);
                }
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class AlertOutboxDispatcher : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await Task.Delay(5000);
                }
            }
        }
        """);

    [Fact]
    public Task DoWhileTrueInHangfireJob_UsesTheShutdownToken() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;
        using Hangfire;

        sealed class SnapshotJob
        {
            public async Task WaitAsync(IJobCancellationToken cancellation)
            {
                {|INTR128:do|}
                {
                    await Task.Delay(1000);
                }
                while (true);
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using Hangfire;

        sealed class SnapshotJob
        {
            public async Task WaitAsync(IJobCancellationToken cancellation)
            {
                do
                {
                    await Task.Delay(1000);
                }
                while (!cancellation.ShutdownToken.IsCancellationRequested);
            }
        }
        """);

    [Fact]
    public Task LoopWithARealConditionOrForEver_IsNotFixed() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ExportPump : BackgroundService
        {
            private bool _done;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|INTR128:while|} (!_done)
                {
                    await Task.Delay(100);
                }

                {|INTR128:for|} (;;)
                {
                    await Task.Delay(100);
                }
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ExportPump : BackgroundService
        {
            private bool _done;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                {|INTR128:while|} (!_done)
                {
                    await Task.Delay(100);
                }

                {|INTR128:for|} (;;)
                {
                    await Task.Delay(100);
                }
            }
        }
        """);
}
