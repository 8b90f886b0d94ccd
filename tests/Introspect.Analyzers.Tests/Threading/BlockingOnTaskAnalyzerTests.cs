using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.BlockingOnTaskAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR103 on code that blocks; the completed-task and exempt cases are in BlockingOnTaskAnalyzerTests.NotFlagged.cs.</summary>
public sealed partial class BlockingOnTaskAnalyzerTests
{
    private const string StorageApi = """
        public interface IStorageApi
        {
            System.Threading.Tasks.Task<long> GetUsedBytesAsync(string cluster, System.Threading.CancellationToken cancellationToken = default);
            System.Threading.Tasks.Task SetThrottleBypassAsync(int[] customerIds, System.Threading.CancellationToken cancellationToken = default);
            System.Threading.Tasks.ValueTask<bool> PingAsync(string cluster);
        }
        """;

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

    [Fact]
    public Task GuardOnTheSameMemberOfAnotherObject_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed record QuotaEntry(Task<long> Refresh);

        static class QuotaCache
        {
            public static long Read(QuotaEntry current, QuotaEntry previous) =>
                previous.Refresh.IsCompletedSuccessfully ? current.Refresh.{|INTR103:Result|} : 0;
        }
        """);
}
