using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.TaskFactoryStartNewAnalyzer,
    Introspect.CodeFixes.Threading.TaskFactoryStartNewFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class TaskFactoryStartNewFixerTests
{
    [Fact]
    public Task AwaitedStartNewWithAsyncLambda_BecomesTaskRun() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class ProxyWatchdog
        {
            public async Task CheckAsync(CancellationToken stoppingToken)
            {
                // Probe every proxy in the background.
                await Task.Factory.{|INTR106:StartNew|}(async () =>
                {
                    await Task.Delay(1000, stoppingToken);
                });
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class ProxyWatchdog
        {
            public async Task CheckAsync(CancellationToken stoppingToken)
            {
                // Probe every proxy in the background.
                await Task.Run(async () =>
                {
                    await Task.Delay(1000, stoppingToken);
                });
            }
        }
        """);

    [Fact]
    public Task StartNewWithCancellationToken_BecomesTaskRunWithTheToken() => Verify.VerifyAsync(
        """
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        class BackupArchiver
        {
            public Task<long> MeasureAsync(string path, CancellationToken cancellationToken) =>
                Task.Factory.{|INTR106:StartNew|}(() => new FileInfo(path).Length, cancellationToken);
        }
        """,
        """
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        class BackupArchiver
        {
            public Task<long> MeasureAsync(string path, CancellationToken cancellationToken) =>
                Task.Run(() => new FileInfo(path).Length, cancellationToken);
        }
        """);

    [Fact]
    public Task NestedStartNewReturnedAsTask_BecomesTaskRun() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class BypassCache
        {
            public Task RefreshLaterAsync() => Task.Factory.{|INTR106:StartNew|}(() => RefreshAsync());

            private static Task RefreshAsync() => Task.Delay(1);
        }
        """,
        """
        using System.Threading.Tasks;

        class BypassCache
        {
            public Task RefreshLaterAsync() => Task.Run(() => RefreshAsync());

            private static Task RefreshAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task UnwrappedStartNew_BecomesTaskRunWithoutTheUnwrap() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class TokenRefresher
        {
            public Task RefreshAsync() => Task.Factory.{|INTR106:StartNew|}(async () => await Task.Delay(1)).Unwrap();
        }
        """,
        """
        using System.Threading.Tasks;

        class TokenRefresher
        {
            public Task RefreshAsync() => Task.Run(async () => await Task.Delay(1));
        }
        """);

    [Fact]
    public Task LongRunningStartNew_GetsTheDefaultSchedulerAndItsUsing() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class SyslogListener
        {
            public Task ListenForever() =>
                Task.Factory.{|INTR106:StartNew|}(() => Receive(), TaskCreationOptions.LongRunning);

            private static void Receive() { }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class SyslogListener
        {
            public Task ListenForever() =>
                Task.Factory.StartNew(() => Receive(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

            private static void Receive() { }
        }
        """);

    [Fact]
    public Task ContinueWithOverloads_GetTheDefaultScheduler() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading.Tasks;

        class UploadTracker
        {
            public void Track(Task upload, Task<int> count)
            {
                upload.{|INTR106:ContinueWith|}(done => Console.WriteLine(done.Status));
                upload.{|INTR106:ContinueWith|}((done, state) => Console.WriteLine(state), "upload");
                count.{|INTR106:ContinueWith|}(failed => Console.Error.WriteLine(failed.Exception), TaskContinuationOptions.OnlyOnFaulted);
            }
        }
        """,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        class UploadTracker
        {
            public void Track(Task upload, Task<int> count)
            {
                upload.ContinueWith(done => Console.WriteLine(done.Status), TaskScheduler.Default);
                upload.ContinueWith((done, state) => Console.WriteLine(state), "upload", TaskScheduler.Default);
                count.ContinueWith(failed => Console.Error.WriteLine(failed.Exception), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            }
        }
        """);

    [Fact]
    public Task MultiLineArguments_KeepTheirLayout() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        class UploadTracker
        {
            public Task Track(Task upload, CancellationToken cancellationToken) =>
                upload.{|INTR106:ContinueWith|}(
                    done => Console.WriteLine(done.Status),
                    cancellationToken);
        }
        """,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        class UploadTracker
        {
            public Task Track(Task upload, CancellationToken cancellationToken) =>
                upload.ContinueWith(
                    done => Console.WriteLine(done.Status),
                    cancellationToken,
                    TaskContinuationOptions.None,
                    TaskScheduler.Default);
        }
        """);

    [Fact]
    public Task GenericFactory_GetsTheDefaultScheduler() => Verify.VerifyAsync(
        """
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        class BackupArchiver
        {
            public Task<long> MeasureAsync(string path) => Task<long>.Factory.{|INTR106:StartNew|}(() => new FileInfo(path).Length);
        }
        """,
        """
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;

        class BackupArchiver
        {
            public Task<long> MeasureAsync(string path) => Task<long>.Factory.StartNew(() => new FileInfo(path).Length, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default);
        }
        """);

    [Fact]
    public Task AwaitedAsyncContinuation_IsUnwrapped() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class InstallPipeline
        {
            public async Task InstallAsync(Task agentReady)
            {
                await agentReady.{|INTR106:ContinueWith|}(async _ => await PushPluginAsync(), TaskScheduler.Default);
            }

            private static Task PushPluginAsync() => Task.Delay(1);
        }
        """,
        """
        using System.Threading.Tasks;

        class InstallPipeline
        {
            public async Task InstallAsync(Task agentReady)
            {
                await agentReady.ContinueWith(async _ => await PushPluginAsync(), TaskScheduler.Default).Unwrap();
            }

            private static Task PushPluginAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task AwaitedLongRunningAsyncStartNew_IsUnwrappedAndGetsTheScheduler() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        class OutboxPump
        {
            public async Task PumpAsync()
            {
                await Task.Factory.{|INTR106:StartNew|}(async () => await Task.Delay(5000), TaskCreationOptions.LongRunning);
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        class OutboxPump
        {
            public async Task PumpAsync()
            {
                await Task.Factory.StartNew(async () => await Task.Delay(5000), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
            }
        }
        """);

    [Fact]
    public Task DiscardedAsyncStartNewOnOwnFactory_IsUnwrappedWithoutChangingItsScheduler() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        class ReportRenderer(TaskFactory renderFactory)
        {
            public void Render() => _ = renderFactory.{|INTR106:StartNew|}(async () => await Task.Delay(1));
        }
        """,
        """
        using System.Threading.Tasks;

        class ReportRenderer(TaskFactory renderFactory)
        {
            public void Render() => _ = renderFactory.StartNew(async () => await Task.Delay(1)).Unwrap();
        }
        """);

    [Fact]
    public Task NestedTaskKeptInAVariable_IsNotFixed() => VerifyNoFixAsync("""
        using System.Threading.Tasks;

        class Warmup
        {
            public async Task RunAsync()
            {
                var outer = Task.Factory.{|INTR106:StartNew|}(async () => await Task.Delay(1));
                var inner = await outer;
                await inner;
            }
        }
        """);

    [Fact]
    public Task NamedArguments_AreNotFixed() => VerifyNoFixAsync("""
        using System;
        using System.Threading.Tasks;

        class UploadTracker
        {
            public Task Track(Task upload) =>
                upload.{|INTR106:ContinueWith|}(continuationAction: done => Console.WriteLine(done.Status));
        }
        """);

    [Fact]
    public Task NestedStartNewOnFactoryField_WithResultKept_IsNotFixed() => VerifyNoFixAsync("""
        using System.Threading.Tasks;

        class ReportRenderer
        {
            private readonly TaskFactory _factory = new(TaskScheduler.Default);

            public Task<Task> RenderLater() => _factory.{|INTR106:StartNew|}(async () => await Task.Delay(1));
        }
        """);

    [Fact]
    public Task FixAll_RewritesEveryStartNew() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading.Tasks;

        class Housekeeping
        {
            public async Task RunAsync()
            {
                var compact = Task.Factory.{|INTR106:StartNew|}(() => Console.WriteLine("compact"));
                await Task.Factory.{|INTR106:StartNew|}(async () => await Task.Delay(1));
                await compact;
            }
        }
        """,
        """
        using System;
        using System.Threading.Tasks;

        class Housekeeping
        {
            public async Task RunAsync()
            {
                var compact = Task.Run(() => Console.WriteLine("compact"));
                await Task.Run(async () => await Task.Delay(1));
                await compact;
            }
        }
        """);

    [Fact]
    public Task NestedValueTask_IsNotFixed() => VerifyNoFixAsync("""
        using System.Threading.Tasks;

        class MetricsFlush
        {
            public async Task FlushLaterAsync()
            {
                await Task.Factory.{|INTR106:StartNew|}(() => FlushAsync());
            }

            private static ValueTask FlushAsync() => ValueTask.CompletedTask;
        }
        """);

    private static Task VerifyNoFixAsync(string source) => Verify.VerifyAsync(source, source);
}
