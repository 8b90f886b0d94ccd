using Introspect.Analyzers.Threading;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.AsyncLambdaToVoidDelegateAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class AsyncLambdaToVoidDelegateAnalyzerTests
{
    [Fact]
    public Task ListForEachWithAsyncLambda_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        record AlertRecipient(string Address);

        class RaidAlertSetup
        {
            public void ConfigureAlerts(List<AlertRecipient> recipients)
            {
                recipients.ForEach({|INTR102:async recipient =>|}
                {
                    await RegisterAsync(recipient);
                });
            }

            private static Task RegisterAsync(AlertRecipient recipient) => Task.Delay(10);
        }
        """);

    [Fact]
    public Task ArrayForEachWithAsyncLambda_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class CertificateRenewal
        {
            public void RenewAll(string[] hostnames) =>
                Array.ForEach(hostnames, {|INTR102:async hostname =>|} await RenewAsync(hostname));

            private static Task RenewAsync(string hostname) => Task.Delay(10);
        }
        """);

    [Fact]
    public Task ParallelForEachWithAsyncLambda_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class SnapshotRun
        {
            public async Task SnapshotAllAsync(IReadOnlyList<int> serverIds)
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = 4 };
                Parallel.ForEach(serverIds, options, {|INTR102:async serverId =>|}
                {
                    await TakeSnapshotAsync(serverId);
                });
                await Task.Yield();
            }

            private static Task TakeSnapshotAsync(int serverId) => Task.Delay(serverId);
        }
        """);

    [Fact]
    public Task ParallelForWithAsyncLambda_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class LogShipping
        {
            public void ShipPartitions(int partitionCount) =>
                Parallel.For(0, partitionCount, {|INTR102:async partition =>|} await ShipAsync(partition));

            private static Task ShipAsync(int partition) => Task.Delay(partition);
        }
        """);

    [Fact]
    public Task ThreadingTimerCallbackAsyncLambda_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class HeartbeatPublisher : IDisposable
        {
            private readonly Timer _timer;

            public HeartbeatPublisher() =>
                _timer = new Timer({|INTR102:async _ =>|} await PublishAsync(), null, TimeSpan.Zero, TimeSpan.FromSeconds(30));

            private static Task PublishAsync() => Task.Delay(1);

            public void Dispose() => _timer.Dispose();
        }
        """);

    [Fact]
    public Task ThreadStartAndWaitCallback_Trigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        class QueueDrainer
        {
            public void Start()
            {
                var worker = new Thread({|INTR102:async () =>|} await DrainAsync());
                worker.Start();
                ThreadPool.QueueUserWorkItem({|INTR102:async _ =>|} await DrainAsync());
            }

            private static Task DrainAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task ActionParameterOfOwnApi_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        static class Retry
        {
            public static void Times(int attempts, Action action)
            {
                for (var attempt = 0; attempt < attempts; attempt++)
                {
                    try { action(); return; }
                    catch (TimeoutException) when (attempt < attempts - 1) { }
                }
            }
        }

        class DnsUpdater
        {
            public void Publish(string record) => Retry.Times(3, {|INTR102:async () =>|} await PushAsync(record));

            private static Task PushAsync(string record) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task CancellationRegistrationInHostedService_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class MetricsFlusher : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken)
            {
                stoppingToken.Register({|INTR102:async () =>|} await FlushAsync());
                return Task.CompletedTask;
            }

            private static Task FlushAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task AsyncAnonymousMethodAndActionLocal_Trigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class BackupCleanup
        {
            public void Run()
            {
                Action purge = {|INTR102:async delegate|} { await PurgeAsync(); };
                Action<int> purgeOlderThan = {|INTR102:async delegate (int days)|} { await PurgeAsync(); };
                purge();
                purgeOlderThan(30);
            }

            private static Task PurgeAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task CompoundAssignmentOntoDelegateProperty_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        sealed class ExportOptions
        {
            public Action<Exception>? OnFailure { get; set; }
        }

        class ExportSetup
        {
            public void Configure(ExportOptions options) =>
                options.OnFailure += {|INTR102:async exception =>|} await PageOnCallAsync(exception.Message);

            private static Task PageOnCallAsync(string message) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task EventWhoseDelegateIsNotTheEventPattern_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class ProxyMonitor
        {
            public event Action<string>? ProxyDown;

            public void Watch() => ProxyDown += {|INTR102:async proxyName =>|} await FailOverAsync(proxyName);

            private static Task FailOverAsync(string proxyName) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task CoravelScheduleWithAsyncLambda_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Coravel.Scheduling.Schedule.Interfaces;

        static class MaintenanceSchedule
        {
            public static void Register(IScheduler scheduler) =>
                scheduler.Schedule({|INTR102:async () =>|} await SendDigestAsync()).DailyAt(6, 30);

            private static Task SendDigestAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task EventHandlerShapedAsyncMethodPassedToNonEvent_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class ConfigWatcher
        {
            public void Subscribe(EventHandler onChanged) => onChanged(this, EventArgs.Empty);
        }

        class CacheInvalidator
        {
            public void Start(ConfigWatcher watcher) => watcher.Subscribe({|INTR102:OnConfigChanged|});

            private async void OnConfigChanged(object? sender, EventArgs e) => await Task.Delay(1);
        }
        """);

    [Fact]
    public Task LambdaWhollyInsideTryCatch_StillTriggersWithItsOwnMessage()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using System.Collections.Generic;
                using System.Threading.Tasks;

                class WebhookFanOut
                {
                    public void Notify(List<string> urls)
                    {
                        urls.ForEach({|#0:async url =>|}
                        {
                            try { await PostAsync(url); }
                            catch (Exception exception) { Console.Error.WriteLine(exception); }
                        });
                    }

                    private static Task PostAsync(string url) => Task.Delay(1);
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AsyncLambdaToVoidDelegateAnalyzer.Rule).WithLocation(0).WithArguments(
            "Async lambda becomes async void as 'Action<string>'",
            "it catches its exceptions, but nobody can await it, so the caller carries on before the work has finished",
            "use a foreach loop and await each item"));
        return test.RunAsync();
    }

    [Fact]
    public Task MessageNamesTheDelegateTheCrashAndTheAsyncOverload()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Threading.Tasks;
                using Coravel.Scheduling.Schedule.Interfaces;

                static class MaintenanceSchedule
                {
                    public static void Register(IScheduler scheduler) =>
                        scheduler.Schedule({|#0:async () =>|} { await Task.Delay(1); throw new System.InvalidOperationException(); }).Hourly();
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AsyncLambdaToVoidDelegateAnalyzer.Rule).WithLocation(0).WithArguments(
            "Async lambda becomes async void as 'Action'",
            "nobody can await it, and an exception it throws crashes the process",
            "call 'ScheduleAsync', which takes a Task-returning delegate"));
        return test.RunAsync();
    }

    [Fact]
    public Task MethodGroupMessage_NamesTheMethodAndTheDelegate()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System;
                using System.Threading.Tasks;

                interface IShutdownHook { void OnShutdown(); }

                class OutboxFlusher : IShutdownHook
                {
                    public void Register(Action<Action> onStopping) => onStopping({|#0:OnShutdown|});

                    public async void OnShutdown() => await Task.Delay(1);
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult(AsyncLambdaToVoidDelegateAnalyzer.Rule).WithLocation(0).WithArguments(
            "Async void method 'OnShutdown' is passed as 'Action'",
            "nobody can await it, and an exception it throws crashes the process",
            "pass a Task-returning delegate (Func<Task>) that the caller awaits, or do the work synchronously"));
        return test.RunAsync();
    }

    [Theory]
    [InlineData("class C { void M(System.Collections.Generic.List<int> l) { l.ForEach(async x => ); } }")]
    [InlineData("class C { void M() { Parallel.ForEach(missing, async x => await x); new System.Threading.Timer(async => ); } }")]
    [InlineData("class C { event System.Action? E; void M() { E += async (a, b) => await Missing(); Unknown.Schedule(async () => { }); } }")]
    [InlineData("class C { void M(Missing m) { m.Subscribe(OnX); } async void OnX(object s, MissingArgs e) { } }")]
    public Task HalfTypedCode_DoesNotThrow(string source) => BrokenCode.AssertNoAnalyzerExceptionAsync(new AsyncLambdaToVoidDelegateAnalyzer(), source);
}
