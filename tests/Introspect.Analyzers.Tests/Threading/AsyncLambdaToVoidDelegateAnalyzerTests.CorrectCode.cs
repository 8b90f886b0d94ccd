using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.AsyncLambdaToVoidDelegateAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Correct code that looks like the hazard: none of it may be reported.</summary>
public sealed partial class AsyncLambdaToVoidDelegateAnalyzerTests
{
    [Fact]
    public Task ParallelForEachAsyncWithAsyncLambda_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        class ProxyRebalancer
        {
            public Task MoveAsync(IEnumerable<int> hostIds, CancellationToken cancellationToken) =>
                Parallel.ForEachAsync(hostIds, cancellationToken, async (hostId, ct) => await MoveHostAsync(hostId, ct));

            private static Task MoveHostAsync(int hostId, CancellationToken ct) => Task.Delay(hostId, ct);
        }
        """);

    [Fact]
    public Task AsyncLambdaConvertedToFuncOfTask_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        class JobRegistry
        {
            private readonly Dictionary<string, Func<CancellationToken, Task>> _jobs = new();

            public void Register(string name, Func<CancellationToken, Task> job) => _jobs[name] = job;

            public async Task RunAsync()
            {
                Register("purge-outbox", async ct => await Task.Delay(1, ct));
                await Task.Run(async () => await Task.Delay(1));
                Func<ValueTask> probe = async () => await Task.Yield();
                await probe();
            }
        }
        """);

    [Fact]
    public Task EventPatternSubscriptions_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;
        using System.Timers;

        sealed class QueueDepthChangedEventArgs(int depth) : EventArgs
        {
            public int Depth { get; } = depth;
        }

        class BackupQueueWatcher
        {
            public event EventHandler<QueueDepthChangedEventArgs>? DepthChanged;

            public void Start(System.Timers.Timer timer)
            {
                timer.Elapsed += async (sender, e) =>
                {
                    try { await CheckAsync(); }
                    catch (Exception) { }
                };
                timer.Elapsed += new ElapsedEventHandler(async (sender, e) => await CheckAsync());
                DepthChanged += async (sender, e) => await CheckAsync();
            }

            private static Task CheckAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task SynchronousLambdasToVoidDelegates_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        class HealthReport
        {
            private Task _pending = Task.CompletedTask;

            public void Print(List<string> lines, CancellationToken stoppingToken)
            {
                lines.ForEach(line => Console.WriteLine(line));
                Parallel.ForEach(lines, line => Console.WriteLine(line.Length));
                stoppingToken.Register(() => Console.WriteLine("stopping"));
                var timer = new Timer(_ => _pending = RefreshAsync(), null, Timeout.Infinite, Timeout.Infinite);
                timer.Dispose();
            }

            private static Task RefreshAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task StartNewAndContinueWithWithAsyncLambdas_AreLeftToIntr106() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        class ReportWarmup
        {
            public Task WarmUpAsync()
            {
                var first = Task.Factory.StartNew(async () => await Task.Delay(1)).Unwrap();
                return first.ContinueWith(async previous => await Task.Delay(1), TaskScheduler.Default).Unwrap();
            }
        }
        """);

    [Fact]
    public Task CoravelScheduleAsyncAndHangfireExpressions_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Coravel.Scheduling.Schedule.Interfaces;
        using Hangfire;

        class UsageExport
        {
            public Task ExportAsync(CancellationToken cancellationToken) => Task.Delay(1, cancellationToken);
        }

        static class Schedules
        {
            public static void Register(IScheduler scheduler, IRecurringJobManager recurringJobs)
            {
                scheduler.ScheduleAsync(async () => await Task.Delay(1)).DailyAt(6, 30);
                recurringJobs.AddOrUpdate<UsageExport>("usage-export", export => export.ExportAsync(CancellationToken.None), "0 2 * * *");
            }
        }
        """);

    [Fact]
    public Task AsyncLambdaPassedAsDelegate_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class EndpointTable
        {
            private readonly Dictionary<string, Delegate> _routes = new();

            public void Map(string route, Delegate handler) => _routes[route] = handler;

            public void MapHealth() => Map("/healthz", async () => { await Task.Yield(); return "ok"; });
        }
        """);

    [Fact]
    public Task AsyncVoidMethodGroupThatIntr101Reports_IsNotReportedAgain() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class BypassRefresher : IDisposable
        {
            private readonly Timer _timer;

            public BypassRefresher() => _timer = new Timer(OnRefreshTimer, null, TimeSpan.Zero, TimeSpan.FromSeconds(30));

            private async void OnRefreshTimer(object? state) => await Task.Delay(1);

            public void Dispose() => _timer.Dispose();
        }
        """);

    [Fact]
    public Task AsyncTaskMethodGroups_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class CacheWarmer
        {
            public async Task StartAsync()
            {
                await Task.Run(WarmAsync);
                Func<Task> again = WarmAsync;
                await again();
            }

            private static async Task WarmAsync() => await Task.Delay(1);
        }
        """);

    [Fact]
    public Task EventHandlerRemoval_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class Dashboard
        {
            public event EventHandler? Refreshed;
            public Action? OnIdle { get; set; }

            public void Detach()
            {
                Refreshed -= async (sender, e) => await Task.Yield();
                OnIdle -= async () => await Task.Yield();
            }
        }
        """);

    [Fact]
    public Task WhenAllOverSelectWithAsyncLambda_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        class RaidAlertSetup
        {
            public Task ConfigureAlertsAsync(List<string> recipients) =>
                Task.WhenAll(recipients.Select(async recipient => await RegisterAsync(recipient)));

            private static Task RegisterAsync(string recipient) => Task.Delay(1);
        }
        """);

    [Fact]
    public Task AsyncLambdaToCustomTaskReturningDelegate_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        delegate Task MigrationStep(CancellationToken cancellationToken);

        class MigrationPlan
        {
            private readonly List<MigrationStep> _steps = new();

            public void Add(MigrationStep step) => _steps.Add(step);

            public void Build() => Add(async cancellationToken => await Task.Delay(1, cancellationToken));
        }
        """);

    [Fact]
    public Task LazyTaskFactory_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class TokenCache
        {
            private readonly Lazy<Task<string>> _token = new(async () => { await Task.Yield(); return "token"; });

            public Task<string> GetAsync() => _token.Value;
        }
        """);

    [Fact]
    public Task CustomEventPatternDelegate_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        sealed class StatusChangedEventArgs : EventArgs { }

        delegate void StatusChangedHandler(object sender, StatusChangedEventArgs e);

        class HostStatusFeed
        {
            public event StatusChangedHandler? StatusChanged;

            public void Attach() => StatusChanged += async (sender, e) => await Task.Yield();
        }
        """);

    [Fact]
    public Task AsyncLocalFunctionAsFuncOfTask_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        class OutboxPurge
        {
            public async Task RunAsync()
            {
                Func<Task> purge = PurgeAsync;
                await purge();

                static async Task PurgeAsync() => await Task.Delay(1);
            }
        }
        """);

    [Fact]
    public Task AsyncEventHandlerMethodGroupOnRealEvent_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;
        using System.Timers;

        class BackupQueueMonitor
        {
            public void Start(System.Timers.Timer timer) => timer.Elapsed += OnElapsed;

            private async void OnElapsed(object? sender, ElapsedEventArgs e)
            {
                try { await Task.Delay(1); }
                catch (Exception) { }
            }
        }
        """);

    [Fact]
    public Task GeneratedCode_DoesNotTrigger() => Verify.VerifyAsync("""
        // <auto-generated/>
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class Generated
        {
            public void Run(List<int> ids) => ids.ForEach(async id => await Task.Delay(id));
        }
        """);
}
