using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.UnobservedTaskAnalyzer,
    Introspect.CodeFixes.Threading.UnobservedTaskFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class UnobservedTaskFixerTests
{
    [Fact]
    public Task DiscardInAsyncJobMethod_IsAwaited() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        public sealed class QueueDepthReporter : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    // Report, then wait for the next round.
                    _ = {|INTR105:ReportAsync(stoppingToken)|};
                    await Task.Delay(1000, stoppingToken);
                }
            }

            private Task ReportAsync(CancellationToken cancellationToken) => Task.Delay(10, cancellationToken);
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        public sealed class QueueDepthReporter : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    // Report, then wait for the next round.
                    await ReportAsync(stoppingToken);
                    await Task.Delay(1000, stoppingToken);
                }
            }

            private Task ReportAsync(CancellationToken cancellationToken) => Task.Delay(10, cancellationToken);
        }
        """);

    [Fact]
    public Task DroppedTaskInPrivateVoidMethod_MakesTheMethodAsyncAndAwaits() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        public interface IAlertChannel { Task SendAsync(string recipient, string text); }

        public sealed class DiskSpaceMonitor(IAlertChannel alerts)
        {
            public async Task CheckAsync(string host)
            {
                await Task.Delay(1);
                Escalate(host);
            }

            private void Escalate(string host)
            {
                {|INTR105:alerts.SendAsync("oncall", $"{host}: disk above 90%")|};
            }
        }
        """,
        """
        using System.Threading.Tasks;

        public interface IAlertChannel { Task SendAsync(string recipient, string text); }

        public sealed class DiskSpaceMonitor(IAlertChannel alerts)
        {
            public async Task CheckAsync(string host)
            {
                await Task.Delay(1);
                Escalate(host);
            }

            private async Task Escalate(string host)
            {
                await alerts.SendAsync("oncall", $"{host}: disk above 90%");
            }
        }
        """);

    [Fact]
    public Task DiscardInSyncJobHelper_MakesTheHelperAsyncAndAwaits() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Coravel.Invocable;

        public interface ISmsGateway { Task<string> SendAsync(string phone, string text, CancellationToken cancellationToken); }

        public sealed class MaintenanceMailer(ISmsGateway sms) : IInvocable
        {
            public async Task Invoke()
            {
                await Task.Yield();
                PageOnCall(["+49 170 000000"], "EMERGENCY maintenance at 02:00");
            }

            void PageOnCall(List<string> phones, string text)
            {
                foreach (var phone in phones)
                {
                    _ = {|INTR105:sms.SendAsync(phone, text, CancellationToken.None)|};
                }
            }
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Coravel.Invocable;

        public interface ISmsGateway { Task<string> SendAsync(string phone, string text, CancellationToken cancellationToken); }

        public sealed class MaintenanceMailer(ISmsGateway sms) : IInvocable
        {
            public async Task Invoke()
            {
                await Task.Yield();
                PageOnCall(["+49 170 000000"], "EMERGENCY maintenance at 02:00");
            }

            async Task PageOnCall(List<string> phones, string text)
            {
                foreach (var phone in phones)
                {
                    await sms.SendAsync(phone, text, CancellationToken.None);
                }
            }
        }
        """);

    [Fact]
    public Task ExpressionBodiedLocalFunction_BecomesAsync() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        internal sealed class CertificateRenewer
        {
            public void Schedule()
            {
                RenewSoon();

                static void RenewSoon() => {|INTR105:Task.Run(() => Renew())|};
            }

            private static void Renew() { }
        }
        """,
        """
        using System.Threading.Tasks;

        internal sealed class CertificateRenewer
        {
            public void Schedule()
            {
                RenewSoon();

                static async Task RenewSoon() => await Task.Run(() => Renew());
            }

            private static void Renew() { }
        }
        """);

    [Fact]
    public Task MissingUsing_IsAddedWithTheTaskReturnType() => Verify.VerifyAsync(
        """
        internal sealed class ExportTrigger
        {
            public void Run() => Start();

            private void Start()
            {
                {|INTR105:System.Threading.Tasks.Task.Delay(100)|};
            }
        }
        """,
        """
        using System.Threading.Tasks;

        internal sealed class ExportTrigger
        {
            public void Run() => Start();

            private async Task Start()
            {
                await System.Threading.Tasks.Task.Delay(100);
            }
        }
        """);

    [Fact]
    public Task FixAll_AwaitsEveryCallAndConvertsEachMethodOnce() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        public interface IAlertChannel { Task SendAsync(string recipient, string text); }

        internal sealed class IncidentNotifier(IAlertChannel alerts)
        {
            public void Open(string title)
            {
                Notify(title);
                Close(title);
            }

            private void Notify(string title)
            {
                {|INTR105:alerts.SendAsync("oncall", title)|};
                {|INTR105:alerts.SendAsync("noc", title)|};
            }

            private void Close(string title) => {|INTR105:alerts.SendAsync("statuspage", title)|};
        }
        """,
        """
        using System.Threading.Tasks;

        public interface IAlertChannel { Task SendAsync(string recipient, string text); }

        internal sealed class IncidentNotifier(IAlertChannel alerts)
        {
            public void Open(string title)
            {
                Notify(title);
                Close(title);
            }

            private async Task Notify(string title)
            {
                await alerts.SendAsync("oncall", title);
                await alerts.SendAsync("noc", title);
            }

            private async Task Close(string title) => await alerts.SendAsync("statuspage", title);
        }
        """);

    [Fact]
    public Task MethodUsedAsMethodGroup_IsNotConverted() => VerifyNoFix("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        internal sealed class HeartbeatPublisher
        {
            private Timer? _timer;

            public void Start() => _timer = new Timer(OnTick, null, TimeSpan.Zero, TimeSpan.FromSeconds(30));

            private void OnTick(object? state)
            {
                {|INTR105:PublishAsync()|};
            }

            private Task PublishAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task PublicMethod_IsNotConverted() => VerifyNoFix("""
        using System.Threading.Tasks;

        public sealed class ReportCache
        {
            public void Invalidate()
            {
                {|INTR105:Task.Run(() => { })|};
            }
        }
        """);

    [Fact]
    public Task InterfaceImplementationAndTaskReturningMethod_AreNotConverted() => VerifyNoFix("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        internal sealed class Poller : IDisposable
        {
            public void Dispose()
            {
                {|INTR105:FlushAsync()|};
            }

            internal Task StartAsync(CancellationToken cancellationToken)
            {
                {|INTR105:FlushAsync()|};
                return Task.CompletedTask;
            }

            private Task FlushAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task LambdaConditionalAccessAndLock_AreNotFixed() => VerifyNoFix("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public interface IAlertChannel { Task SendAsync(string recipient, string text); }

        internal sealed class Escalation(IAlertChannel? alerts)
        {
            private readonly object _gate = new();

            public void Escalate(List<string> engineers)
            {
                engineers.ForEach(engineer => {|INTR105:alerts!.SendAsync(engineer, "P1")|});
            }

            public async Task PromoteAsync()
            {
                await Task.Yield();
                {|INTR105:alerts?.SendAsync("dba", "failover")|};
            }

            private void Record()
            {
                lock (_gate)
                {
                    {|INTR105:alerts!.SendAsync("audit", "recorded")|};
                }
            }
        }
        """);

    [Fact]
    public Task MethodWithRefParameter_IsNotConverted() => VerifyNoFix("""
        using System.Threading.Tasks;

        internal sealed class Counter
        {
            private void Bump(ref int count)
            {
                count++;
                {|INTR105:Task.Delay(1)|};
            }
        }
        """);

    private static Task VerifyNoFix(string source) => Verify.VerifyAsync(source, source);
}
