using Introspect.Analyzers.Threading;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.AsyncVoidMethodAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class AsyncVoidMethodAnalyzerTests
{
    [Fact]
    public Task AsyncVoidMethod_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class SnapshotNotifier
        {
            public async void {|INTR101:NotifyCustomer|}(string email)
            {
                await Task.Delay(10);
            }
        }
        """);

    [Fact]
    public Task PrivateStaticAsyncVoidHelper_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        static class Alerts
        {
            private static async void {|INTR101:SendSmsAsync|}() => await Task.Yield();
        }
        """);

    [Fact]
    public Task AsyncVoidLocalFunction_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class CsvExport
        {
            public void Run()
            {
                Write();

                async void {|INTR101:Write|}() => await Task.Delay(1);
            }
        }
        """);

    [Fact]
    public Task AsyncVoidWithSenderButNonEventArgs_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class ProxyListener
        {
            private async void {|INTR101:OnReport|}(object sender, string proxyName) => await Task.Delay(1);
        }
        """);

    [Fact]
    public Task AsyncVoidInHostedService_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class ProxyWatchdog : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken)
            {
                Silence();
                return Task.CompletedTask;
            }

            private async void {|INTR101:Silence|}() => await Task.Delay(1000);
        }
        """);

    [Fact]
    public Task AsyncVoidInStructAndRecord_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        struct Probe
        {
            public async void {|INTR101:Ping|}() => await Task.Yield();
        }

        record Batch
        {
            public async void {|INTR101:Flush|}() => await Task.Yield();
        }
        """);

    [Fact]
    public Task NonPublicMethodWithSameNameAsInterfaceMember_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        interface IRefresher { void Refresh(); }

        class Refresher : IRefresher
        {
            void IRefresher.Refresh() { }
            private async void {|INTR101:Refresh|}(int attempt) => await Task.Yield();
        }
        """);

    [Fact]
    public Task AsyncTaskMethod_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class SnapshotNotifier
        {
            public async Task NotifyCustomerAsync(string email) => await Task.Delay(10);
            public async ValueTask PingAsync() => await Task.Yield();
        }
        """);

    [Fact]
    public Task EventHandler_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class Dashboard
        {
            public event EventHandler? Refreshed;

            public Dashboard() => Refreshed += OnRefreshed;

            private async void OnRefreshed(object? sender, EventArgs e) => await Task.Delay(1);
        }
        """);

    [Fact]
    public Task EventHandlerWithDerivedEventArgs_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using System.Timers;

        class BypassRefresher
        {
            private async void OnElapsed(object? sender, ElapsedEventArgs e)
            {
                try { await Task.Delay(1); }
                catch (System.Exception) { }
            }
        }
        """);

    [Fact]
    public Task EventHandlerWithGenericEventArgs_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class Relay<TArgs> where TArgs : EventArgs
        {
            private async void OnRaised(object sender, TArgs e) => await Task.Yield();
        }
        """);

    [Fact]
    public Task OverrideOfVoidBaseMethod_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        abstract class Page
        {
            protected virtual void OnAppearing() { }
        }

        sealed class ServersPage : Page
        {
            protected override async void OnAppearing() => await Task.Yield();
        }
        """);

    [Fact]
    public Task InterfaceImplementation_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        interface IObserver { void OnNext(int value); void OnDone(); }

        class Observer : IObserver
        {
            public async void OnNext(int value) => await Task.Yield();
            async void IObserver.OnDone() => await Task.Yield();
        }
        """);

    [Fact]
    public Task AsyncLambdaAndSyncVoidMethod_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class Scheduler
        {
            public void Run()
            {
                Func<Task> work = async () => await Task.Yield();
                async Task LocalAsync() => await work();
                _ = LocalAsync();
            }
        }
        """);

    [Fact]
    public Task GeneratedCode_DoesNotTrigger() => Verify.VerifyAsync("""
        // <auto-generated/>
        using System.Threading.Tasks;

        class Generated
        {
            public async void Run() => await Task.Yield();
        }
        """);
}
