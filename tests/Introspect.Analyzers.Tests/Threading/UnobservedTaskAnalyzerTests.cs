using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.UnobservedTaskAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class UnobservedTaskAnalyzerTests
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
}
