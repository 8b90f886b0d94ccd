using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.ThreadSleepInAsyncCodeAnalyzer,
    Introspect.CodeFixes.Threading.ThreadSleepInAsyncCodeFixer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Which cancellation token the INTR104 fix passes to Task.Delay.</summary>
public sealed partial class ThreadSleepInAsyncCodeFixerTests
{
    [Fact]
    public Task TokenChoice_PrefersTheNearestLocalAndSkipsLaterLocalsAndStaticLambdas() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class AlertOutboxDispatcher : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken).Token;
                {|INTR104:Thread.Sleep(TimeSpan.FromSeconds(5))|};
                Func<Task> drain = async () =>
                {
                    {|INTR104:Thread.Sleep(250)|};
                    await Task.Yield();
                };
                Func<Task> settle = static async () => {|INTR104:Thread.Sleep(50)|};
                await drain();
            }
        }

        static class Backoff
        {
            public static async Task PauseAsync(int attempt)
            {
                {|INTR104:Thread.Sleep(attempt * 100)|};
                var late = CancellationToken.None;
                await Task.Yield();
            }
        }
        """,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class AlertOutboxDispatcher : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken).Token;
                await Task.Delay(TimeSpan.FromSeconds(5), linked);
                Func<Task> drain = async () =>
                {
                    await Task.Delay(250, linked);
                    await Task.Yield();
                };
                Func<Task> settle = static async () => await Task.Delay(50);
                await drain();
            }
        }

        static class Backoff
        {
            public static async Task PauseAsync(int attempt)
            {
                await Task.Delay(attempt * 100);
                var late = CancellationToken.None;
                await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task TokenChoice_PrefersAConventionalNameAmongParametersAndEscapesKeywords() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ReplicaDrainer
        {
            public async Task DrainAsync(CancellationToken shutdown, CancellationToken cancellationToken)
            {
                await Task.Yield();
                {|INTR104:Thread.Sleep(200)|};
            }

            public async Task PauseAsync(CancellationToken @checked)
            {
                await Task.Yield();
                {|INTR104:Thread.Sleep(100)|};
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ReplicaDrainer
        {
            public async Task DrainAsync(CancellationToken shutdown, CancellationToken cancellationToken)
            {
                await Task.Yield();
                await Task.Delay(200, cancellationToken);
            }

            public async Task PauseAsync(CancellationToken @checked)
            {
                await Task.Yield();
                await Task.Delay(100, @checked);
            }
        }
        """);

    [Fact]
    public Task QuartzContextToken_IsUsedWhenNoTokenParameterExists() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        sealed class MonitoringSyncJob : IJob
        {
            public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await PushAsync(context);

            private static async Task PushAsync(IJobExecutionContext context)
            {
                await Task.Yield();
                {|INTR104:Thread.Sleep(1000)|};
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        sealed class MonitoringSyncJob : IJob
        {
            public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await PushAsync(context);

            private static async Task PushAsync(IJobExecutionContext context)
            {
                await Task.Yield();
                await Task.Delay(1000, context.CancellationToken);
            }
        }
        """);

    [Fact]
    public Task SyncHangfireJob_BecomesAsyncWithTheShutdownToken() => Verify.VerifyAsync(
        """
        using Hangfire;
        using System.Threading;

        sealed class UsageExportJob
        {
            [AutomaticRetry(Attempts = 3)]
            public void Export(int customerId, IJobCancellationToken cancellation)
            {
                {|INTR104:Thread.Sleep(1000)|};
            }
        }
        """,
        """
        using Hangfire;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class UsageExportJob
        {
            [AutomaticRetry(Attempts = 3)]
            public async Task Export(int customerId, IJobCancellationToken cancellation)
            {
                await Task.Delay(1000, cancellation.ShutdownToken);
            }
        }
        """);

    [Fact]
    public Task HangfirePerformContext_SuppliesTheShutdownToken() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Hangfire.Server;

        sealed class InvoiceReminderJob
        {
            public async Task RemindAsync(int invoiceId, PerformContext context)
            {
                await Task.Yield();
                {|INTR104:Thread.Sleep(500)|};
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Hangfire.Server;

        sealed class InvoiceReminderJob
        {
            public async Task RemindAsync(int invoiceId, PerformContext context)
            {
                await Task.Yield();
                await Task.Delay(500, context.CancellationToken.ShutdownToken);
            }
        }
        """);
}
