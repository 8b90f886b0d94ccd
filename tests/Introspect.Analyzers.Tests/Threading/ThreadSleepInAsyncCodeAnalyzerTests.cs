using System.Collections.Concurrent;
using Introspect.Analyzers.Threading;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.ThreadSleepInAsyncCodeAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class ThreadSleepInAsyncCodeAnalyzerTests
{
    [Fact]
    public Task SleepWhilePollingInAsyncMethod_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class SnapshotPoller
        {
            public async Task<bool> WaitForSnapshotAsync(Func<Task<bool>> isDone, CancellationToken cancellationToken)
            {
                for (var attempt = 0; attempt < 60; attempt++)
                {
                    if (await isDone())
                    {
                        return true;
                    }

                    {|INTR104:Thread.Sleep(TimeSpan.FromSeconds(30))|};
                }

                return false;
            }
        }
        """);

    [Fact]
    public Task SleepInAsyncLambdaAndAsyncLocalFunction_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class AlertRetry
        {
            public Func<Task> Backoff { get; } = async () =>
            {
                {|INTR104:Thread.Sleep(500)|};
                await Task.Yield();
            };

            public Task RetryAsync()
            {
                return Pause();

                async Task Pause()
                {
                    await Task.Yield();
                    {|INTR104:Thread.Sleep(250)|};
                }
            }
        }
        """);

    [Fact]
    public Task SleepInTaskReturningMethodWithoutAsync_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class StorageWarmup
        {
            public Task WarmUpAsync()
            {
                {|INTR104:Thread.Sleep(2000)|};
                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task SleepInSyncHelperOfBackgroundService_Triggers() => Verify.VerifyAsync("""
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
                    await Task.Yield();
                    Backoff(3);
                }
            }

            private static void Backoff(int attempt) => {|INTR104:Thread.Sleep(TimeSpan.FromSeconds(attempt * 5))|};
        }
        """);

    [Fact]
    public Task SleepInSyncHangfireJobAndItsLambdas_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Hangfire;

        sealed class UsageExportJob
        {
            [AutomaticRetry(Attempts = 3)]
            public void Export(int[] customerIds)
            {
                {|INTR104:Thread.Sleep(1000)|};
                Parallel.ForEach(customerIds, customerId => {|INTR104:Thread.Sleep(100)|});
            }
        }
        """);

    [Fact]
    public Task SleepInQuartzJob_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        sealed class ProxyLoadBalancingJob : IJob
        {
            public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                await Task.Yield();
                {|INTR104:Thread.Sleep(5000)|};
            }
        }
        """);

    [Fact]
    public Task SpinYieldSleepInAsyncCode_StillTriggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ExportGate
        {
            private volatile bool _open;

            public async Task WaitOpenAsync()
            {
                await Task.Yield();
                while (!_open)
                {
                    {|INTR104:Thread.Sleep(0)|};
                }
            }
        }
        """);

    [Fact]
    public Task SleepInOrdinarySyncCode_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.IO;
        using System.Threading;

        static class ExportFileReader
        {
            public static string ReadWithRetry(string path)
            {
                for (var attempt = 1; ; attempt++)
                {
                    try { return File.ReadAllText(path); }
                    catch (IOException) when (attempt < 3) { Thread.Sleep(TimeSpan.FromMilliseconds(200 * attempt)); }
                }
            }
        }
        """);

    [Fact]
    public Task SleepInSyncHelperOfAnHttpClient_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class SmsGatewayClient
        {
            private static readonly object Gate = new();
            private static DateTime _lastSentUtc = DateTime.MinValue;

            public async Task SendAsync(string text)
            {
                WaitForSendSlot();
                await Task.Yield();
            }

            private static void WaitForSendSlot()
            {
                lock (Gate)
                {
                    var sinceLast = DateTime.UtcNow - _lastSentUtc;
                    if (sinceLast < TimeSpan.FromSeconds(1))
                    {
                        Thread.Sleep(TimeSpan.FromSeconds(1) - sinceLast);
                    }

                    _lastSentUtc = DateTime.UtcNow;
                }
            }
        }
        """);

    [Fact]
    public Task SpinYieldSleepInSyncJobCode_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using Hangfire;

        sealed class RollupJob
        {
            private int _pending;

            [AutomaticRetry(Attempts = 1)]
            public void Drain()
            {
                while (Volatile.Read(ref _pending) > 0)
                {
                    Thread.Sleep(0);
                    Thread.Sleep(1);
                    Thread.Sleep(TimeSpan.Zero);
                }
            }
        }
        """);

    [Fact]
    public Task SleepOnADedicatedThreadOfAHostedService_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ModemPoller : IHostedService
        {
            private volatile bool _stopping;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                new Thread(() => { while (!_stopping) { Thread.Sleep(500); } }) { IsBackground = true }.Start();
                Task.Factory.StartNew(() => Thread.Sleep(500), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                Task.Factory.StartNew(() => {|INTR104:Thread.Sleep(500)|}, cancellationToken, TaskCreationOptions.None, TaskScheduler.Default);
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken)
            {
                _stopping = true;
                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task TaskDelayAndSpinWait_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ProxyWatchdog : BackgroundService
        {
            private volatile bool _ready;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                SpinWait.SpinUntil(() => _ready, TimeSpan.FromSeconds(1));
                var spinner = new SpinWait();
                spinner.SpinOnce();
                await Task.Delay(TimeSpan.FromSeconds(15), stoppingToken);
            }
        }
        """);

    [Fact]
    public Task SleepMethodOfAnotherType_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class ServerAgent
        {
            public void Sleep(int minutes) { }
        }

        static class PowerPlan
        {
            public static async Task ParkAsync(ServerAgent agent)
            {
                await Task.Yield();
                agent.Sleep(30);
            }
        }
        """);

    [Fact]
    public Task SleepInTestMethodsAndEntryPoint_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        namespace Xunit { public class FactAttribute : System.Attribute { } }

        public sealed class ExportSchedulerTests
        {
            [Xunit.Fact]
            public async Task Export_RunsAfterDelay()
            {
                Thread.Sleep(50);
                await Task.Yield();
            }
        }

        static class Program
        {
            static async Task Main()
            {
                Thread.Sleep(100);
                await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task SleepInSyncLambdaOutsideJobCode_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class LegacyImporter
        {
            public Task StartImport() => Task.Run(() => Thread.Sleep(1000));

            public Action Throttle { get; } = () => Thread.Sleep(10);
        }
        """);

    [Fact]
    public Task GeneratedCode_DoesNotTrigger() => Verify.VerifyAsync("""
        // <auto-generated/>
        using System.Threading;
        using System.Threading.Tasks;

        static class GeneratedPoller
        {
            public static async Task PollAsync()
            {
                Thread.Sleep(100);
                await Task.Yield();
            }
        }
        """);

    [Theory]
    [InlineData("class C { async void M() { System.Threading.Thread.Sleep(; Thread.Sleep(Missing); } }")]
    [InlineData("class C : Quartz.IJob { async System.Threading.Tasks.Task M() => System.Threading.Thread.Sleep(x, y); }")]
    public async Task BrokenCode_DoesNotThrow(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            FrameworkReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (exception, _, _) => exceptions.Enqueue(exception), true, false);

        var diagnostics = await compilation.WithAnalyzers([new ThreadSleepInAsyncCodeAnalyzer()], options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }

    // Sleep calls are found from the file's text: every way of writing the call must still be found.
    [Fact]
    public Task SleepThroughUsingStaticAndLineBreak_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using static System.Threading.Thread;

        sealed class ReplicaWaiter
        {
            public async Task WaitForReplicaAsync()
            {
                await Task.Yield();
                {|INTR104:Sleep (250)|};
                {|INTR104:System.Threading.Thread.Sleep
                    (250)|};
            }
        }
        """);

    [Fact]
    public Task SleepInCommentStringOrOwnMethodOfAsyncCode_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class BackoffClock
        {
            // Thread.Sleep(1000) used to stand here.
            public string Hint => "never call Thread.Sleep(1000) in a worker";

            public void Sleep(int milliseconds) { }

            public async Task PauseAsync()
            {
                await Task.Yield();
                Sleep(1000);
                this.Sleep(1000);
            }
        }
        """);
}
