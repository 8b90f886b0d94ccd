using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.UnobservedTaskAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Look-alike correct code that must stay quiet.</summary>
public sealed partial class UnobservedTaskAnalyzerTests
{
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
    public Task PlainCallInAsyncMethod_DoesNotTrigger_BecauseCS4014ReportsIt() => VerifyWithCompilerWarnings("""
        using System.Threading.Tasks;

        public sealed class ReportCache
        {
            public async Task InvalidateAsync()
            {
                {|CS4014:Task.Run(() => Rebuild())|};
                {|CS4014:Task.Factory.StartNew(() => Rebuild())|};
                {|CS4014:RebuildAsync()|};
                await Task.Yield();
            }

            private void Rebuild() { }

            private Task RebuildAsync() => Task.CompletedTask;
        }
        """);

    [Fact]
    public Task CallToSourceAsyncMethodInSyncMethod_DoesNotTrigger_BecauseCS4014ReportsIt() => VerifyWithCompilerWarnings("""
        using System.Threading.Tasks;

        public sealed class ReportCache
        {
            public void Invalidate()
            {
                {|CS4014:RebuildAsync()|};
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
    public Task DroppedTaskInAsyncLambda_DoesNotTrigger_BecauseCS4014ReportsIt() => VerifyWithCompilerWarnings($$"""
        using System;
        using System.Threading.Tasks;

        {{AlertChannel}}

        public sealed class Retry(IAlertChannel alerts)
        {
            public Func<Task> Notify => async () =>
            {
                {|CS4014:alerts.SendAsync("noc", "retrying")|};
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
    public Task DiscardInJobOfTaskRunCallingAGuardedMethod_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        public sealed class CacheWarmer : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken)
            {
                _ = Task.Run(() => WarmAsync(cancellationToken), cancellationToken);
                _ = Task.Run(WarmCatalogueAsync);
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            private async Task WarmCatalogueAsync()
            {
                try
                {
                    await Task.Delay(10);
                }
                catch
                {
                    Console.Error.WriteLine("catalogue warm-up failed");
                }
            }

            private async Task WarmAsync(CancellationToken cancellationToken)
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

    [Fact]
    public Task SubstituteVerificationAndConfiguration_DoNotTrigger() => Verify.VerifyAsync($$"""
        using System;
        using NSubstitute;

        {{AlertChannel}}

        public sealed class DiskSpaceMonitorTests
        {
            public void Escalation_PagesOnCall(IAlertChannel alerts)
            {
                alerts.Received().SendAsync("oncall", "disk above 90%");
                alerts.DidNotReceive().SendAsync("customer", "disk above 90%");
                alerts.When(channel => channel.SendAsync("noc", "disk")).Do(_ => Console.WriteLine("sent"));
            }
        }

        // Test snippets do not reference NSubstitute; this stand-in has its namespace and method shapes.
        namespace NSubstitute
        {
            public static class SubstituteExtensions
            {
                public static T Received<T>(this T substitute) => substitute;
                public static T DidNotReceive<T>(this T substitute) => substitute;
                public static WhenCalled<T> When<T>(this T substitute, Action<T> call) => new();
            }

            public sealed class WhenCalled<T>
            {
                public void Do(Action<object> callback) { }
            }
        }
        """);

    /// <summary>Also checks the compiler's warnings, to show that CS4014 covers what this rule leaves out.</summary>
    private static Task VerifyWithCompilerWarnings(string source) => new Verify.Test
    {
        TestCode = source,
        CompilerDiagnostics = CompilerDiagnostics.Warnings,
        DisabledDiagnostics = { "CS1591" },
    }.RunAsync();
}
