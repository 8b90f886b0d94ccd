using Microsoft.CodeAnalysis;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.BlockingOnTaskAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class BlockingOnTaskAnalyzerTests
{
    private const string StorageApi = """
        public interface IStorageApi
        {
            System.Threading.Tasks.Task<long> GetUsedBytesAsync(string cluster, System.Threading.CancellationToken cancellationToken = default);
            System.Threading.Tasks.Task SetThrottleBypassAsync(int[] customerIds, System.Threading.CancellationToken cancellationToken = default);
            System.Threading.Tasks.ValueTask<bool> PingAsync(string cluster);
        }
        """;

    // ---- Flagged ----

    [Fact]
    public Task ResultInAsyncMethod_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaReport(IStorageApi storage)
        {
            public async Task<string> BuildAsync(string cluster)
            {
                await Task.Yield();
                var used = storage.GetUsedBytesAsync(cluster).{|INTR103:Result|};
                return $"{cluster}: {used} bytes";
            }
        }
        """ + StorageApi);

    [Fact]
    public Task WaitAndGetResultInAsyncLambda_Trigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        sealed class BypassSync(IStorageApi storage)
        {
            public Func<int[], Task> Push => async customerIds =>
            {
                storage.SetThrottleBypassAsync(customerIds).{|INTR103:Wait()|};
                storage.SetThrottleBypassAsync(customerIds).ConfigureAwait(false).{|INTR103:GetAwaiter().GetResult()|};
                await Task.Yield();
            };
        }
        """ + StorageApi);

    [Fact]
    public Task GetResultInHostedServiceTimerCallback_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class BackupBypassRefresher(IStorageApi storage) : IHostedService, IDisposable
        {
            private Timer? _timer;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _timer = new Timer(OnRefreshTimer, null, TimeSpan.Zero, TimeSpan.FromSeconds(30));
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            public void Dispose() => _timer?.Dispose();

            private void OnRefreshTimer(object? state)
            {
                storage.SetThrottleBypassAsync([42, 77], CancellationToken.None).{|INTR103:GetAwaiter().GetResult()|};
            }
        }
        """ + StorageApi);

    [Fact]
    public Task WaitAllAndWaitAny_Trigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class ClusterProbe(IStorageApi storage)
        {
            public void ProbeAll()
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                {|INTR103:Task.WaitAll(north, south)|};
                var first = {|INTR103:Task.WaitAny(new Task[] { north, south }, 5000)|};
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ValueTaskResultAndLazyTaskValue_Trigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        sealed class ClusterHealth(IStorageApi storage)
        {
            private readonly Lazy<Task<long>> _baseline = new(() => storage.GetUsedBytesAsync("baseline"));

            public bool IsUp(string cluster) => storage.PingAsync(cluster).{|INTR103:Result|};

            public bool IsUpToo(string cluster) => storage.PingAsync(cluster).{|INTR103:GetAwaiter().GetResult()|};

            public long Baseline => _baseline.Value.{|INTR103:Result|};
        }
        """ + StorageApi);

    [Fact]
    public Task BlockingInConstructorFieldInitializerAndTimeoutWait_Trigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class ClusterCatalog
        {
            private static readonly string[] Clusters = LoadAsync().{|INTR103:Result|};
            private readonly long _used;

            public ClusterCatalog(IStorageApi storage)
            {
                var used = storage.GetUsedBytesAsync("north");
                if (used.{|INTR103:Wait(2000)|})
                {
                    _used = used.Result;
                }
            }

            private static Task<string[]> LoadAsync() => Task.FromResult(new[] { "north" });
        }
        """ + StorageApi);

    [Fact]
    public Task ResultInSyncLambdaInsideAsyncMethod_Triggers() => Verify.VerifyAsync("""
        using System.Linq;
        using System.Threading.Tasks;

        sealed class UsageSummary(IStorageApi storage)
        {
            public async Task<long> TotalAsync(string[] clusters)
            {
                await Task.Yield();
                return clusters.Sum(cluster => storage.GetUsedBytesAsync(cluster).{|INTR103:Result|});
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultReadBeforeTheAwait_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaCheck(IStorageApi storage)
        {
            public async Task<long> CheckAsync()
            {
                var used = storage.GetUsedBytesAsync("north");
                var early = used.{|INTR103:Result|};
                await used;
                return early;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultAfterAwaitInOnlyOneBranch_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaCheck(IStorageApi storage)
        {
            public async Task<long> CheckAsync(bool fresh)
            {
                var used = storage.GetUsedBytesAsync("north");
                if (fresh)
                {
                    await used;
                }

                return used.{|INTR103:Result|};
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultAfterTheTaskVariableIsReassigned_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaCheck(IStorageApi storage)
        {
            public async Task<long> CheckAsync()
            {
                var used = storage.GetUsedBytesAsync("north");
                await used;
                used = storage.GetUsedBytesAsync("south");
                return used.{|INTR103:Result|};
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultOfAWhenAnyArgumentThatMayHaveLost_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class FastestCluster(IStorageApi storage)
        {
            public async Task<long> NorthAsync()
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                await Task.WhenAny(north, south);
                return north.{|INTR103:Result|};
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultInLocalFunctionDeclaredAfterTheAwait_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaCheck(IStorageApi storage)
        {
            public async Task<long> CheckAsync()
            {
                var used = storage.GetUsedBytesAsync("north");
                var early = Read();
                await used;
                return early;

                long Read() => used.{|INTR103:Result|};
            }
        }
        """ + StorageApi);

    [Fact]
    public Task BlockingInSyncJobMethods_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Hangfire;

        sealed class SnapshotRetentionJob(IStorageApi storage)
        {
            [AutomaticRetry(Attempts = 2)]
            public void Run()
            {
                Task.Run(() => storage.GetUsedBytesAsync("north")).{|INTR103:Result|}.ToString();
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultInLambdaOfTopLevelProgram_Triggers() => VerifyProgramAsync("""
        using System;
        using System.Threading.Tasks;

        Func<string, long> handler = cluster => Lookup(cluster).{|INTR103:Result|};
        Console.WriteLine(handler("north"));

        static Task<long> Lookup(string cluster) => Task.FromResult(42L);
        """);

    [Fact]
    public Task GuardOnADifferentTask_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaCache(IStorageApi storage)
        {
            private Task<long>? _north;
            private Task<long>? _south;

            public long Read()
            {
                _north ??= storage.GetUsedBytesAsync("north");
                _south ??= storage.GetUsedBytesAsync("south");
                return _north.IsCompletedSuccessfully ? _south.{|INTR103:Result|} : 0;
            }
        }
        """ + StorageApi);

    // ---- Not flagged ----

    [Fact]
    public Task AwaitedTask_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaReport(IStorageApi storage)
        {
            public async Task<long> UsedAsync(string cluster) => await storage.GetUsedBytesAsync(cluster).ConfigureAwait(false);
        }
        """ + StorageApi);

    [Fact]
    public Task ResultAfterAwaitedWhenAll_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class UsageExport(IStorageApi storage)
        {
            public async Task<long> TotalAsync()
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                await Task.WhenAll(north, south).ConfigureAwait(false);
                return north.Result + south.GetAwaiter().GetResult();
            }

            public async Task<long> WithArrayAsync()
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                var totals = await Task.WhenAll(new[] { north, south });
                return totals.Length + north.Result;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultOfTasksInAnAwaitedCollection_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        sealed class UsageExport(IStorageApi storage)
        {
            public async Task<long> TotalAsync(string[] clusters)
            {
                var tasks = clusters.Select(cluster => storage.GetUsedBytesAsync(cluster)).ToList();
                await Task.WhenAll(tasks);

                var total = tasks.Where(task => task.IsCompletedSuccessfully).Sum(task => task.Result);
                foreach (var task in tasks)
                {
                    total += task.Result;
                }

                return total + tasks[0].Result;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultAfterAwaitingTheSameTask_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaCheck(IStorageApi storage)
        {
            public async Task<string> CheckAsync(Task<long> pending)
            {
                var used = storage.GetUsedBytesAsync("north");
                await used;
                await pending.ConfigureAwait(false);
                return $"{used.Result} / {pending.Result}";
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultOfTheWhenAnyWinner_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        sealed class ClusterTimeouts(IStorageApi storage)
        {
            public async Task<long> FirstAsync()
            {
                var finished = await Task.WhenAny(storage.GetUsedBytesAsync("north"), storage.GetUsedBytesAsync("south"));
                return finished.Result;
            }

            public async Task<long?> WithTimeoutAsync()
            {
                var used = storage.GetUsedBytesAsync("north");
                if (await Task.WhenAny(used, Task.Delay(TimeSpan.FromSeconds(5))) == used)
                {
                    return used.Result;
                }

                return null;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultGuardedByCompletionChecks_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaCache(IStorageApi storage)
        {
            private Task<long>? _pending;

            public long Peek()
            {
                _pending ??= storage.GetUsedBytesAsync("north");
                if (_pending.IsCompletedSuccessfully)
                {
                    return _pending.Result;
                }

                return _pending.IsCompleted && _pending.Result > 0 ? 1 : 0;
            }

            public long PeekLocal(Task<long> used) => used is { IsCompletedSuccessfully: true } ? used.Result : -1;

            public ValueTask<bool> PingAsync(string cluster)
            {
                var ping = storage.PingAsync(cluster);
                if (!ping.IsCompletedSuccessfully)
                {
                    return SlowAsync(ping);
                }

                return new ValueTask<bool>(ping.Result);

                static async ValueTask<bool> SlowAsync(ValueTask<bool> pending) => await pending;
            }

            public bool Poll(Task<bool> done)
            {
                var awaiter = done.GetAwaiter();
                return awaiter.IsCompleted && awaiter.GetResult();
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ContinuationAntecedentResult_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaReport(IStorageApi storage)
        {
            public Task<string> DescribeAsync() =>
                storage.GetUsedBytesAsync("north").ContinueWith(used => $"{used.Result} bytes");

            public Task<long> SumAsync(Task<long>[] parts) =>
                Task.Factory.ContinueWhenAll(parts, done => done[0].Result + done[1].Result);
        }
        """ + StorageApi);

    [Fact]
    public Task TasksCreatedComplete_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        static class Defaults
        {
            public static int Retries() => Task.FromResult(3).Result;

            public static void Ready() => Task.CompletedTask.Wait();

            public static bool Enabled() => new ValueTask<bool>(true).Result;
        }
        """);

    [Fact]
    public Task EntryPointBlocking_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        static class Program
        {
            static void Main()
            {
                RunMigrationsAsync().GetAwaiter().GetResult();
                RunMigrationsAsync().Wait();
            }

            static Task RunMigrationsAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task TopLevelStatementsBlocking_DoesNotTrigger() => VerifyProgramAsync("""
        using System.Threading.Tasks;

        var count = CountPendingAsync().Result;
        System.Console.WriteLine(count);

        static Task<int> CountPendingAsync() => Task.FromResult(3);
        """);

    [Fact]
    public Task BlockingInTestMethods_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        namespace Xunit { public class FactAttribute : System.Attribute { } }
        namespace NUnit.Framework { public class TestAttribute : System.Attribute { } }

        public sealed class QuotaReportTests
        {
            [Xunit.Fact]
            public void Used_IsPositive() => System.Diagnostics.Debug.Assert(Used().Result > 0);

            [NUnit.Framework.Test]
            public void Refresh_Completes() => Task.Run(() => Used()).Wait();

            private static Task<long> Used() => Task.FromResult(1L);
        }
        """);

    [Fact]
    public Task WaitWithZeroTimeout_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        sealed class ExportProgress(Task export)
        {
            public bool IsDone => export.Wait(0) || Task.WaitAll(new[] { export }, TimeSpan.Zero);
        }
        """);

    [Fact]
    public Task ResultPropertyOfANonTaskType_DoesNotTrigger() => Verify.VerifyAsync("""
        sealed record JsonRpcResponse<T>(T? Result, string? Error);

        sealed class MonitoringApiClient
        {
            public string HostId(JsonRpcResponse<string> body) => body.Result ?? throw new System.InvalidOperationException(body.Error);
        }
        """);

    [Fact]
    public Task ThreadJoinAndSemaphoreWait_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        sealed class LegacyWorker
        {
            private readonly SemaphoreSlim _slots = new(2);

            public void Run(Thread worker)
            {
                _slots.Wait();
                try { worker.Join(); }
                finally { _slots.Release(); }
            }
        }
        """);

    [Fact]
    public Task NameofAndExpressionTree_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Linq.Expressions;
        using System.Threading.Tasks;

        static class Describe
        {
            public static string Name => nameof(Task<int>.Result);

            public static Expression<Func<Task<int>, int>> Selector => task => task.Result;
        }
        """);

    [Fact]
    public Task ResultAfterWaitAllIsReportedOnlyOnce() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class ClusterProbe(IStorageApi storage)
        {
            public long ProbeAll()
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                {|INTR103:Task.WaitAll(north, south)|};
                return north.Result + south.Result;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultAfterAwaitInTryOrThroughWhenAllLocal_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Linq;
        using System.Threading.Tasks;

        sealed class UsageExport(IStorageApi storage)
        {
            public async Task<long> TotalAsync(string[] clusters)
            {
                var tasks = clusters.Select(cluster => storage.GetUsedBytesAsync(cluster)).ToArray();
                var all = Task.WhenAll(tasks);
                try
                {
                    await all;
                }
                catch (Exception)
                {
                    // Inspect the individual tasks below.
                }

                return tasks.Where(task => task.IsCompletedSuccessfully).Sum(task => task.Result)
                    + tasks.Select(task => task.Status == TaskStatus.RanToCompletion ? task.Result : 0).Sum();
            }
        }
        """ + StorageApi);

    [Fact]
    public Task GeneratedCode_DoesNotTrigger() => Verify.VerifyAsync("""
        // <auto-generated/>
        using System.Threading.Tasks;

        static class GeneratedClient
        {
            public static int Get(Task<int> call) => call.Result;
        }
        """);

    private static Task VerifyProgramAsync(string source)
    {
        var test = new Verify.Test { TestCode = source };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }
}
