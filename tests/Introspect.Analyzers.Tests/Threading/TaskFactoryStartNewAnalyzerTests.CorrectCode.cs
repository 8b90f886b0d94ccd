using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.TaskFactoryStartNewAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Correct code that looks like the hazard: none of it may be reported.</summary>
public sealed partial class TaskFactoryStartNewAnalyzerTests
{
    [Fact]
    public Task TaskRun_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        class ExportJob
        {
            public async Task RunAsync(CancellationToken cancellationToken)
            {
                await Task.Run(async () => await Task.Delay(1, cancellationToken), cancellationToken);
                var rows = await Task.Run(() => 42);
                await Task.Run(() => rows.ToString());
            }
        }
        """);

    [Fact]
    public Task StartNewWithExplicitScheduler_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        class SyslogListener
        {
            public Task Listen(CancellationToken stoppingToken) =>
                Task.Factory.StartNew(() => Receive(stoppingToken), stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

            public Task<int> Count(TaskScheduler scheduler) =>
                Task.Factory.StartNew(() => 3, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler);

            private static void Receive(CancellationToken stoppingToken) => stoppingToken.WaitHandle.WaitOne(100);
        }
        """);

    [Fact]
    public Task UnwrappedStartNewWithScheduler_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        class UiRefresh
        {
            public Task RefreshAsync(TaskScheduler uiScheduler) =>
                Task.Factory.StartNew(async () => await Task.Delay(1), CancellationToken.None, TaskCreationOptions.None, uiScheduler).Unwrap();

            public async Task RefreshTwiceAsync(TaskScheduler uiScheduler)
            {
                await await Task.Factory.StartNew(async () => await Task.Delay(1), CancellationToken.None, TaskCreationOptions.None, uiScheduler);
            }
        }
        """);

    [Fact]
    public Task ContinueWithWithScheduler_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        class UploadTracker
        {
            public Task Track(Task upload, Task<int> count)
            {
                upload.ContinueWith(failed => Console.Error.WriteLine(failed.Exception), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                upload.ContinueWith((done, state) => Console.WriteLine(state), "upload", TaskScheduler.Current);
                return count.ContinueWith(done => done.Result + 1, TaskScheduler.Default);
            }
        }
        """);

    [Fact]
    public Task FactoryOfUnknownOrigin_DoesNotTriggerForTheScheduler() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class ReportRenderer(TaskFactory renderFactory)
        {
            private readonly TaskFactory _ownFactory = new(TaskScheduler.Default);

            public Task RenderAsync()
            {
                _ = _ownFactory.StartNew(() => Render());
                _ = new TaskFactory(TaskScheduler.Default).StartNew(() => Render());
                return renderFactory.StartNew(() => Render());
            }

            private static void Render() { }
        }
        """);

    [Fact]
    public Task UserMethodsNamedStartNewAndContinueWith_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class JobLauncher
        {
            public Task StartNew(Func<Task> job) => job();
        }

        static class PipelineExtensions
        {
            public static Task ContinueWith(this Task first, Func<Task> next) => next();
        }

        class Pipeline
        {
            public Task RunAsync(JobLauncher launcher) =>
                launcher.StartNew(async () => await Task.Delay(1)).ContinueWith(async () => await Task.Delay(1));
        }
        """);

    [Fact]
    public Task HangfireContinuation_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Hangfire;

        class SnapshotNotifier
        {
            public Task NotifyAsync(int serverId) => Task.CompletedTask;
        }

        class SnapshotJob
        {
            public Task CreateAsync(int serverId) => Task.CompletedTask;
        }

        static class NightlySnapshots
        {
            public static void Enqueue(IBackgroundJobClient jobs, int serverId)
            {
                var jobId = jobs.Enqueue<SnapshotJob>(job => job.CreateAsync(serverId));
                jobs.ContinueJobWith<SnapshotNotifier>(jobId, notifier => notifier.NotifyAsync(serverId));
            }
        }
        """);

    [Fact]
    public Task ContinueWhenAllAndFromAsync_AreNotThisRule() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        class Batch
        {
            public Task CompleteAsync(Task[] parts) =>
                Task.Factory.ContinueWhenAll(parts, done => done.Length, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
        """);

    [Fact]
    public Task AsyncContinuationUnwrappedWithScheduler_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class InstallPipeline
        {
            public Task InstallAsync(Task<string> agentReady) =>
                agentReady.ContinueWith(async ready => await PushPluginAsync(ready.Result), TaskScheduler.Default).Unwrap();

            private static Task PushPluginAsync(string agent) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task AwaitedLongRunningStartNewWithDefaultScheduler_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        class ChecksumScan
        {
            public async Task<int> ScanAsync(CancellationToken cancellationToken) =>
                await Task.Factory.StartNew(() => 7, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        }
        """);

    [Fact]
    public Task QuartzJobUsingTaskRun_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        [DisallowConcurrentExecution]
        sealed class ChecksumJob : IJob
        {
            public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                var count = await Task.Run(() => Compute(), cancellationToken);
                await Task.Run(async () => await Task.Delay(count, cancellationToken), cancellationToken);
            }

            private static int Compute() => 3;
        }
        """);

    [Fact]
    public Task GeneratedCode_DoesNotTrigger() => Verify.VerifyAsync("""
        // <auto-generated/>
        using System.Threading.Tasks;

        class Generated
        {
            public Task Run() => Task.Factory.StartNew(async () => await Task.Delay(1));
        }
        """);
}
