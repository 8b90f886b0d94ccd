using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.UnobservedTaskAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class UnobservedTaskAnalyzerTests
{
    private const string AlertChannel = """
        public interface IAlertChannel
        {
            System.Threading.Tasks.Task SendAsync(string recipient, string text);
        }
        """;

    [Fact]
    public Task TaskDroppedInSyncMethod_Triggers() => Verify.VerifyAsync($$"""
        using System.Threading.Tasks;

        {{AlertChannel}}

        public sealed class DiskSpaceMonitor(IAlertChannel alerts)
        {
            public void OnThresholdExceeded(string host)
            {
                {|INTR105:alerts.SendAsync("oncall", $"{host}: disk above 90%")|};
            }
        }
        """);

    [Fact]
    public Task TaskRunDroppedInSyncMethod_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        public sealed class ReportCache
        {
            public void Invalidate()
            {
                {|INTR105:Task.Run(() => Rebuild())|};
            }

            private void Rebuild() { }
        }
        """);

    [Fact]
    public Task TaskFactoryStartNewDroppedInSyncMethod_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        public sealed class BackupScheduler
        {
            public void Kick()
            {
                {|INTR105:Task.Factory.StartNew(() => Compress(), TaskCreationOptions.LongRunning)|};
            }

            private void Compress() { }
        }
        """);

    [Fact]
    public Task ConditionalCallDroppedInAsyncMethod_Triggers() => Verify.VerifyAsync($$"""
        using System.Threading.Tasks;

        {{AlertChannel}}

        public sealed class FailoverCoordinator(IAlertChannel? alerts)
        {
            public async Task PromoteReplicaAsync(string cluster)
            {
                await Task.Delay(10);
                {|INTR105:alerts?.SendAsync("dba", $"{cluster} failed over")|};
            }
        }
        """);

    [Fact]
    public Task ExpressionBodiedVoidMethod_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        public sealed class CertificateRenewer
        {
            public void RenewSoon() => {|INTR105:RenewAsync()|};

            private Task RenewAsync() => Task.Delay(10);
        }
        """);

    [Fact]
    public Task NonAsyncLambdaConvertedToAction_Triggers() => Verify.VerifyAsync($$"""
        using System.Collections.Generic;

        {{AlertChannel}}

        public sealed class EscalationPolicy(IAlertChannel alerts)
        {
            public void Escalate(List<string> engineers)
            {
                engineers.ForEach(engineer => {|INTR105:alerts.SendAsync(engineer, "P1 incident")|});
            }
        }
        """);

    [Fact]
    public Task TimerCallbackLambda_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class HeartbeatPublisher : IDisposable
        {
            private readonly Timer _timer;

            public HeartbeatPublisher() =>
                _timer = new Timer(_ => {|INTR105:PublishAsync()|}, null, TimeSpan.Zero, TimeSpan.FromSeconds(30));

            private Task PublishAsync() => Task.Delay(1);

            public void Dispose() => _timer.Dispose();
        }
        """);

    [Fact]
    public Task ConfigureAwaitResultDropped_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        public sealed class MetricsFlusher
        {
            public void Flush()
            {
                {|INTR105:FlushAsync().ConfigureAwait(false)|};
            }

            private Task FlushAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task ContinueWithThatIgnoresFailure_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        public sealed class SnapshotPruner
        {
            public void Prune()
            {
                {|INTR105:PruneAsync().ContinueWith(_ => Console.WriteLine("pruned"))|};
            }

            private Task PruneAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task DelegateInvocationDroppedInSyncMethod_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        public sealed class ShutdownHooks(Func<Task> drainQueues)
        {
            public void OnStopping()
            {
                {|INTR105:drainQueues()|};
            }
        }
        """);

    [Fact]
    public Task DiscardInCoravelJobOfInterfaceCall_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Coravel.Invocable;

        public interface ISmsGateway
        {
            Task<string> SendAsync(string phone, string text, CancellationToken cancellationToken);
        }

        public sealed class MaintenanceMailer(ISmsGateway sms) : IInvocable
        {
            public Task Invoke()
            {
                PageOnCall(["+49 170 000000"], "EMERGENCY maintenance at 02:00");
                return Task.CompletedTask;
            }

            private void PageOnCall(List<string> phones, string text)
            {
                foreach (var phone in phones)
                {
                    _ = {|INTR105:sms.SendAsync(phone, text, CancellationToken.None)|};
                }
            }
        }
        """);

    [Fact]
    public Task DiscardInHostedServiceOfUnguardedSourceMethod_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        public sealed class QueueDepthReporter : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    _ = {|INTR105:ReportAsync(stoppingToken)|};
                    await Task.Delay(1000, stoppingToken);
                }
            }

            private async Task ReportAsync(CancellationToken cancellationToken)
            {
                await Task.Delay(10, cancellationToken);
            }
        }
        """);

    [Fact]
    public Task DiscardInQuartzJobOfUnguardedTaskRun_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        public sealed class InventorySyncJob : IJob
        {
            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                _ = {|INTR105:Task.Run(async () => await PushInventoryAsync(), cancellationToken)|};
                return ValueTask.CompletedTask;
            }

            private static Task PushInventoryAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task DiscardInHangfireJobOfMethodThatRethrows_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;
        using Hangfire;

        public sealed class InvoiceExportJob
        {
            [AutomaticRetry(Attempts = 3)]
            public async Task ExportAsync()
            {
                _ = {|INTR105:UploadAsync()|};
                await Task.Delay(1);
            }

            private async Task UploadAsync()
            {
                try
                {
                    await Task.Delay(1);
                }
                catch (Exception)
                {
                    Console.Error.WriteLine("upload failed");
                    throw;
                }
            }
        }
        """);

    [Fact]
    public Task DiscardInJobOfMethodWithAwaitOutsideTry_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        public sealed class CacheWarmer : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken)
            {
                _ = {|INTR105:WarmAsync()|};
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            private async Task WarmAsync()
            {
                await LoadCatalogueAsync();
                try
                {
                    await LoadPricesAsync();
                }
                catch (Exception exception)
                {
                    Console.Error.WriteLine(exception);
                }
            }

            private static Task LoadCatalogueAsync() => Task.Delay(1);

            private static Task LoadPricesAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task AwaitedCall_DoesNotTrigger() => Verify.VerifyAsync($$"""
        using System.Threading.Tasks;

        {{AlertChannel}}

        public sealed class DiskSpaceMonitor(IAlertChannel alerts)
        {
            public async Task OnThresholdExceededAsync(string host)
            {
                await alerts.SendAsync("oncall", $"{host}: disk above 90%");
                await (alerts?.SendAsync("noc", host) ?? Task.CompletedTask);
                await Task.Run(() => { });
            }
        }
        """);

    [Fact]
    public Task PlainCallInAsyncMethod_DoesNotTrigger_BecauseCS4014ReportsIt() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        public sealed class ReportCache
        {
            public async Task InvalidateAsync()
            {
                Task.Run(() => Rebuild());
                Task.Factory.StartNew(() => Rebuild());
                RebuildAsync();
                await Task.Yield();
            }

            private void Rebuild() { }

            private Task RebuildAsync() => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task CallToSourceAsyncMethodInSyncMethod_DoesNotTrigger_BecauseCS4014ReportsIt() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        public sealed class ReportCache
        {
            public void Invalidate()
            {
                RebuildAsync();
            }

            private async Task RebuildAsync() => await Task.Delay(1);
        }
        """);

    [Fact]
    public Task TaskKeptInVariableFieldOrCollection_DoesNotTrigger() => Verify.VerifyAsync($$"""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        {{AlertChannel}}

        public sealed class Broadcast(IAlertChannel alerts)
        {
            private Task? _pending;

            public Task Start(IEnumerable<string> recipients)
            {
                var sends = new List<Task>();
                foreach (var recipient in recipients)
                {
                    sends.Add(alerts.SendAsync(recipient, "maintenance tonight"));
                }

                _pending = alerts.SendAsync("noc", "broadcast started");
                var all = Task.WhenAll(sends);
                return all;
            }
        }
        """);

    [Fact]
    public Task TaskReturnedFromLambda_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        public sealed class RetryPolicy
        {
            public Task RunAsync(Func<Task> work) => Task.Run(() => work());

            public Func<Task> Wrap(Func<Task> work) => () => work();
        }
        """);

    [Fact]
    public Task TaskUsedInAnExpression_DoesNotTrigger() => Verify.VerifyAsync($$"""
        using System;
        using System.Threading.Tasks;

        {{AlertChannel}}

        public sealed class ShutdownCoordinator(IAlertChannel alerts)
        {
            public bool TryNotify(Action<Task> track)
            {
                track(alerts.SendAsync("noc", "stopping"));
                var sent = alerts.SendAsync("oncall", "stopping");
                return sent.IsCompleted || alerts.SendAsync("audit", "stopping").Wait(TimeSpan.FromSeconds(5));
            }
        }
        """);

    [Fact]
    public Task DroppedTaskInAsyncLambda_DoesNotTrigger_BecauseCS4014ReportsIt() => Verify.VerifyAsync($$"""
        using System;
        using System.Threading.Tasks;

        {{AlertChannel}}

        public sealed class Retry(IAlertChannel alerts)
        {
            public Func<Task> Notify => async () =>
            {
                alerts.SendAsync("noc", "retrying");
                await Task.Delay(10);
            };
        }
        """);

    [Fact]
    public Task DiscardOutsideJobCode_DoesNotTrigger() => Verify.VerifyAsync($$"""
        using System.Threading.Tasks;

        {{AlertChannel}}

        public sealed class SignupController(IAlertChannel alerts)
        {
            public void Register(string email)
            {
                // An explicit discard outside a job is a decision someone made.
                _ = alerts.SendAsync(email, "welcome");
                _ = Task.Run(() => { });
            }
        }
        """);

    [Fact]
    public Task DiscardInJobOfMethodThatCatchesEverything_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        public sealed class CacheWarmer : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken)
            {
                _ = WarmAsync(cancellationToken);
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            private async Task WarmAsync(CancellationToken cancellationToken)
            {
                var started = DateTime.UtcNow;
                try
                {
                    await Task.Delay(10, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    Console.Error.WriteLine($"warm-up started {started} failed: {exception}");
                }
            }
        }
        """);

    [Fact]
    public Task DiscardInJobOfPollingLoopGuardedInsideTheLoop_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        public sealed class ProxyWatchdog : IHostedService
        {
            private readonly CancellationTokenSource _stopping = new();

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _ = WatchAsync(_stopping.Token);
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken)
            {
                _stopping.Cancel();
                return Task.CompletedTask;
            }

            private async Task WatchAsync(CancellationToken cancellationToken)
            {
                using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
                while (await timer.WaitForNextTickAsync(cancellationToken))
                {
                    try
                    {
                        await Task.Delay(10, cancellationToken);
                    }
                    catch (Exception exception)
                    {
                        Console.Error.WriteLine(exception);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task DiscardInJobOfTaskRunWhoseWorkCatchesEverything_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        public sealed class InventorySyncJob : IJob
        {
            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await Task.Delay(1, cancellationToken);
                    }
                    catch (Exception exception)
                    {
                        Console.Error.WriteLine(exception);
                    }
                });
                return ValueTask.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task CompletedTaskFactoriesDropped_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        public sealed class StubCache
        {
            public void Prime()
            {
                Task.FromResult(42);
                Task.FromException(new InvalidOperationException("cache offline"));
            }
        }
        """);

    [Fact]
    public Task ContinueWithThatHandlesFailure_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        public sealed class SnapshotPruner
        {
            public void Prune()
            {
                PruneAsync().ContinueWith(t => Console.Error.WriteLine(t.Exception), TaskContinuationOptions.OnlyOnFaulted);
                PruneAsync().ContinueWith(t =>
                {
                    if (t.IsFaulted)
                    {
                        Console.Error.WriteLine(t.Exception);
                    }
                });
            }

            private Task PruneAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task FireAndForgetHelpers_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        public static class TaskExtensions
        {
            public static Task Forget(this Task task) => task.ContinueWith(t => Console.Error.WriteLine(t.Exception), TaskContinuationOptions.OnlyOnFaulted);

            public static void SafeFireAndForget(this Task task, Action<Exception> onError) =>
                task.ContinueWith(t => onError(t.Exception!), TaskContinuationOptions.OnlyOnFaulted);
        }

        public sealed class AuditTrail
        {
            public void Record(string entry)
            {
                WriteAsync(entry).Forget();
                WriteAsync(entry).SafeFireAndForget(exception => Console.Error.WriteLine(exception));
            }

            private Task WriteAsync(string entry) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task ValueTaskDropped_DoesNotTrigger_BecauseCA2012ReportsIt() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Channels;
        using System.Threading.Tasks;
        using Quartz;

        public sealed class EventForwarder(Channel<string> events) : IJob
        {
            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                events.Writer.WriteAsync("tick", cancellationToken);
                _ = events.Writer.WriteAsync("tock", cancellationToken);
                return ValueTask.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task CallInsideExpressionTree_DoesNotTrigger() => Verify.VerifyAsync($$"""
        using System;
        using System.Linq.Expressions;

        {{AlertChannel}}

        public sealed class CallRecorder
        {
            public void Expect(Expression<Action<IAlertChannel>> call) { }

            public void Setup() => Expect(channel => channel.SendAsync("oncall", "test"));
        }
        """);
}
