using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.UnobservedTaskAnalyzer,
    Introspect.CodeFixes.Threading.UnobservedTaskFixer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>The INTR105 fixes; where no fix is offered is in UnobservedTaskFixerTests.NoFix.cs.</summary>
public sealed partial class UnobservedTaskFixerTests
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
    public Task DroppedTaskInPrivateVoidMethod_MakesTheMethodAsyncAndAwaitsItAndItsCaller() => Verify.VerifyAsync(
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
                await Escalate(host);
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
                await PageOnCall(["+49 170 000000"], "EMERGENCY maintenance at 02:00");
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
            public async Task ScheduleAsync()
            {
                await Task.Yield();
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
            public async Task ScheduleAsync()
            {
                await Task.Yield();
                await RenewSoon();

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
            public async System.Threading.Tasks.Task RunAsync()
            {
                await System.Threading.Tasks.Task.Yield();
                Start();
            }

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
            public async System.Threading.Tasks.Task RunAsync()
            {
                await System.Threading.Tasks.Task.Yield();
                await Start();
            }

            private async Task Start()
            {
                await System.Threading.Tasks.Task.Delay(100);
            }
        }
        """);

    [Fact]
    public Task FixAll_AwaitsEveryCallConvertsEachMethodOnceAndAwaitsTheCallers() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        public interface IAlertChannel { Task SendAsync(string recipient, string text); }

        internal sealed class IncidentNotifier(IAlertChannel alerts)
        {
            public async Task OpenAsync(string title)
            {
                await Task.Yield();
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
            public async Task OpenAsync(string title)
            {
                await Task.Yield();
                await Notify(title);
                await Close(title);
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
    public Task ValueReturningHelper_BecomesTaskOfTAndItsAsyncCallerAwaitsIt() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        public interface IAlertChannel { Task SendAsync(string recipient, string text); }

        internal sealed class ReplicaLagCheck(IAlertChannel alerts)
        {
            public async Task RunAsync(string replica, int lagSeconds)
            {
                await Task.Yield();
                if (Warn(replica, lagSeconds) > 300)
                {
                    await alerts.SendAsync("oncall", $"{replica} is {lagSeconds}s behind");
                }
            }

            private int Warn(string replica, int lagSeconds)
            {
                {|INTR105:alerts.SendAsync("dba", $"{replica} lags {lagSeconds}s")|};
                return lagSeconds;
            }
        }
        """,
        """
        using System.Threading.Tasks;

        public interface IAlertChannel { Task SendAsync(string recipient, string text); }

        internal sealed class ReplicaLagCheck(IAlertChannel alerts)
        {
            public async Task RunAsync(string replica, int lagSeconds)
            {
                await Task.Yield();
                if (await Warn(replica, lagSeconds) > 300)
                {
                    await alerts.SendAsync("oncall", $"{replica} is {lagSeconds}s behind");
                }
            }

            private async Task<int> Warn(string replica, int lagSeconds)
            {
                await alerts.SendAsync("dba", $"{replica} lags {lagSeconds}s");
                return lagSeconds;
            }
        }
        """);
}
