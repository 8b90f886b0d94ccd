using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.TaskFactoryStartNewAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class TaskFactoryStartNewAnalyzerTests
{
    [Fact]
    public Task StartNewWithAsyncLambda_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ProxyWatchdog : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                await Task.Factory.{|INTR106:StartNew|}(async () =>
                {
                    await Task.Delay(1000, stoppingToken);
                });
            }
        }
        """);

    [Fact]
    public Task StartNewWithTaskReturningLambdaOrMethodGroup_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class BypassCache
        {
            public Task RefreshLaterAsync() => Task.Factory.{|INTR106:StartNew|}(() => RefreshAsync());

            public Task<Task<int>> CountLater() => Task.Factory.{|INTR106:StartNew|}(CountAsync);

            private static Task RefreshAsync() => Task.Delay(1);

            private static Task<int> CountAsync() => Task.FromResult(3);
        }
        """);

    [Fact]
    public Task LongRunningStartNewWithAsyncDelegate_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        class OutboxPump
        {
            private Task? _pump;

            public void Start(CancellationToken stoppingToken) =>
                _pump = Task.Factory.{|INTR106:StartNew|}(
                    async () => { while (!stoppingToken.IsCancellationRequested) { await Task.Delay(5000, stoppingToken); } },
                    stoppingToken,
                    TaskCreationOptions.LongRunning,
                    TaskScheduler.Default);
        }
        """);

    [Fact]
    public Task AsyncDelegateOnAnyFactory_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class ReportRenderer
        {
            private readonly TaskFactory _factory = new(TaskScheduler.Default);

            public void Render()
            {
                _ = _factory.{|INTR106:StartNew|}(async () => await Task.Delay(1));
                _ = new TaskFactory().{|INTR106:StartNew|}(async () => await Task.Delay(1));
            }
        }
        """);

    [Fact]
    public Task StartNewWithoutScheduler_Triggers() => Verify.VerifyAsync("""
        using System.IO;
        using System.IO.Compression;
        using System.Threading.Tasks;

        class BackupArchiver
        {
            public Task CompressAsync(string folder) =>
                Task.Factory.{|INTR106:StartNew|}(() => ZipFile.CreateFromDirectory(folder, folder + ".zip"));

            public Task<long> MeasureAsync(string path) =>
                Task<long>.Factory.{|INTR106:StartNew|}(() => new FileInfo(path).Length);

            public Task WriteMarkerAsync(string path) =>
                new TaskFactory().{|INTR106:StartNew|}(() => File.WriteAllText(path, "done"));
        }
        """);

    [Fact]
    public Task LongRunningStartNewWithoutScheduler_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        class SyslogListener
        {
            public Task ListenForever(CancellationToken stoppingToken) =>
                Task.Factory.{|INTR106:StartNew|}(() => Receive(stoppingToken), TaskCreationOptions.LongRunning)
                    .{|INTR106:ContinueWith|}(_ => Receive(stoppingToken), CancellationToken.None)
                    .ContinueWith(_ => { }, TaskScheduler.Default);

            private static void Receive(CancellationToken stoppingToken) => stoppingToken.WaitHandle.WaitOne(100);
        }
        """);

    [Fact]
    public Task ContinueWithWithoutScheduler_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class SnapshotPoller
        {
            public Task<string> PollAsync(Task<int> status) =>
                status.{|INTR106:ContinueWith|}(done => done.Result.ToString());

            public void LogFailures(Task upload) =>
                upload.{|INTR106:ContinueWith|}(failed => Console.Error.WriteLine(failed.Exception), TaskContinuationOptions.OnlyOnFaulted);
        }
        """);

    [Fact]
    public Task ContinueWithAsyncContinuation_TriggersEvenWithAScheduler() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class InstallPipeline
        {
            public async Task InstallAsync(Task agentReady)
            {
                await agentReady.{|INTR106:ContinueWith|}(async _ => await PushPluginAsync(), TaskScheduler.Default);
            }

            private static Task PushPluginAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task UnwrappedStartNewWithoutScheduler_TriggersForTheScheduler() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class TokenRefresher
        {
            public Task RefreshAsync() => Task.Factory.{|INTR106:StartNew|}(async () => await Task.Delay(1)).Unwrap();
        }
        """);

    [Fact]
    public Task NestedMessage_SaysWhatGoesWrongAndWhatToDo()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Threading.Tasks;

                class Warmup
                {
                    public Task RunAsync() => Task.Factory.{|#0:StartNew|}(async () => await Task.Delay(1));
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(TaskFactoryStartNewAnalyzer.Rule).WithLocation(0).WithArguments(
            "StartNew with an async or Task-returning delegate returns a nested Task<Task> that completes at the delegate's first await, before the work is done",
            "use Task.Run, which unwraps the inner task and runs on the thread pool"));
        return test.RunAsync();
    }

    [Fact]
    public Task SchedulerMessage_SaysWhatGoesWrongAndWhatToDo()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Threading.Tasks;

                class Audit
                {
                    public Task FlushAsync(Task write) => write.{|#0:ContinueWith|}(_ => { });
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(TaskFactoryStartNewAnalyzer.Rule).WithLocation(0).WithArguments(
            "ContinueWith without a TaskScheduler runs the continuation on TaskScheduler.Current, which is not the thread pool when this runs inside a task on another scheduler",
            "pass TaskScheduler.Default (or the scheduler you mean)"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("class C { System.Threading.Tasks.Task M() => System.Threading.Tasks.Task.Factory.StartNew(async () => await Missing(), ); }")]
    [InlineData("class C { void M(System.Threading.Tasks.Task t) { t.ContinueWith(); t.ContinueWith(async => , Missing); } }")]
    [InlineData("class C { void M(Missing factory) { factory.StartNew(async () => { }).Unwrap(); await await factory.StartNew(() => 1); } }")]
    [InlineData("class C { void M() { new System.Threading.Tasks.TaskFactory(missing).StartNew(() => { }); } }")]
    public Task HalfTypedCode_DoesNotThrow(string source) => BrokenCode.AssertNoAnalyzerExceptionAsync(new TaskFactoryStartNewAnalyzer(), source);

    // StartNew and ContinueWith calls are found from the file's text: generic calls and ?. must still be found.
    [Fact]
    public Task GenericStartNewAndConditionalContinueWith_Trigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class CapacityProbe
        {
            public Task<int> CountLater() => Task.Factory.{|INTR106:StartNew<int>|}(() => 42);

            public void Report(Task<int>? pending) => pending?.{|INTR106:ContinueWith|}(done => System.Console.WriteLine(done.Result));
        }
        """);
}
