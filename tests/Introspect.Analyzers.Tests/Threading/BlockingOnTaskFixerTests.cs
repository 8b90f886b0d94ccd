using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.BlockingOnTaskAnalyzer,
    Introspect.CodeFixes.Threading.BlockingOnTaskFixer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>The INTR103 await fix in async functions; "Make the method async and await" is in BlockingOnTaskFixerTests.MakeAsync.cs.</summary>
public sealed partial class BlockingOnTaskFixerTests
{
    private const string StorageApi = """

        public interface IStorageApi
        {
            System.Threading.Tasks.Task<long> GetUsedBytesAsync(string cluster, System.Threading.CancellationToken cancellationToken = default);
            System.Threading.Tasks.Task SetThrottleBypassAsync(int[] customerIds, System.Threading.CancellationToken cancellationToken = default);
            System.Threading.Tasks.Task<string[]> ListClustersAsync(System.Threading.CancellationToken cancellationToken = default);
        }
        """;

    [Fact]
    public Task ResultInAsyncMethod_BecomesAwait() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        sealed class QuotaReport(IStorageApi storage)
        {
            public async Task<string> BuildAsync(string cluster)
            {
                await Task.Yield();
                var used = storage.GetUsedBytesAsync(cluster).{|INTR103:Result|};
                return storage.GetUsedBytesAsync(cluster).{|INTR103:Result|}.ToString() + used;
            }
        }
        """ + StorageApi,
        """
        using System.Threading.Tasks;

        sealed class QuotaReport(IStorageApi storage)
        {
            public async Task<string> BuildAsync(string cluster)
            {
                await Task.Yield();
                var used = await storage.GetUsedBytesAsync(cluster);
                return (await storage.GetUsedBytesAsync(cluster)).ToString() + used;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task GetResultAndWaitInAsyncLambda_BecomeAwait() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class BypassSync(IStorageApi storage)
        {
            public Func<int[], CancellationToken, Task> Push => async (customerIds, cancellationToken) =>
            {
                storage.SetThrottleBypassAsync(customerIds).ConfigureAwait(false).{|INTR103:GetAwaiter().GetResult()|};
                storage.SetThrottleBypassAsync(customerIds).{|INTR103:Wait()|};
                storage.SetThrottleBypassAsync(customerIds).{|INTR103:Wait(cancellationToken)|};
                await Task.Yield();
            };
        }
        """ + StorageApi,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class BypassSync(IStorageApi storage)
        {
            public Func<int[], CancellationToken, Task> Push => async (customerIds, cancellationToken) =>
            {
                await storage.SetThrottleBypassAsync(customerIds).ConfigureAwait(false);
                await storage.SetThrottleBypassAsync(customerIds);
                await storage.SetThrottleBypassAsync(customerIds).WaitAsync(cancellationToken);
                await Task.Yield();
            };
        }
        """ + StorageApi);

    [Fact]
    public Task WaitAllAndUnusedWaitAny_BecomeWhenAllAndWhenAny() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        sealed class ClusterProbe(IStorageApi storage)
        {
            public async Task ProbeAsync()
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                {|INTR103:Task.WaitAny(north, south)|};
                {|INTR103:Task.WaitAll(north, south)|};
                await Task.Yield();
            }
        }
        """ + StorageApi,
        """
        using System.Threading.Tasks;

        sealed class ClusterProbe(IStorageApi storage)
        {
            public async Task ProbeAsync()
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                await Task.WhenAny(north, south);
                await Task.WhenAll(north, south);
                await Task.Yield();
            }
        }
        """ + StorageApi);

    [Fact]
    public Task AwaitFixNotOffered_WhereAwaitWouldChangeMeaningOrNotCompile() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading.Tasks;

        sealed class ClusterProbe(IStorageApi storage)
        {
            private readonly object _gate = new();

            public async Task<int> ProbeAsync(Task<long>? pending)
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                var finished = north.{|INTR103:Wait(TimeSpan.FromSeconds(5))|};
                var first = {|INTR103:Task.WaitAny(north, south)|};
                lock (_gate)
                {
                    first += (int)south.{|INTR103:Result|};
                }

                try
                {
                    first += (int)north.{|INTR103:Result|};
                }
                catch (AggregateException)
                {
                    first = -1;
                }

                var awaiter = south.GetAwaiter();
                first += (int)awaiter.{|INTR103:GetResult()|};
                first += (int)(pending?.{|INTR103:Result|} ?? 0);
                await Task.Yield();
                return finished ? first : 0;
            }
        }
        """ + StorageApi,
        """
        using System;
        using System.Threading.Tasks;

        sealed class ClusterProbe(IStorageApi storage)
        {
            private readonly object _gate = new();

            public async Task<int> ProbeAsync(Task<long>? pending)
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                var finished = north.{|INTR103:Wait(TimeSpan.FromSeconds(5))|};
                var first = {|INTR103:Task.WaitAny(north, south)|};
                lock (_gate)
                {
                    first += (int)south.{|INTR103:Result|};
                }

                try
                {
                    first += (int)north.{|INTR103:Result|};
                }
                catch (AggregateException)
                {
                    first = -1;
                }

                var awaiter = south.GetAwaiter();
                first += (int)awaiter.{|INTR103:GetResult()|};
                first += (int)(pending?.{|INTR103:Result|} ?? 0);
                await Task.Yield();
                return finished ? first : 0;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task AwaitFixInAQuery_AppliesToTheFirstFromAndJoinCollections() => Verify.VerifyAsync(
        """
        using System.Linq;
        using System.Threading.Tasks;

        sealed class PinnedClusterReport(IStorageApi storage)
        {
            public async Task<string[]> BuildAsync()
            {
                await Task.Yield();
                var pinned = from cluster in storage.ListClustersAsync().{|INTR103:Result|}
                             join favourite in storage.ListClustersAsync().{|INTR103:Result|} on cluster equals favourite
                             select cluster;
                return pinned.ToArray();
            }
        }
        """ + StorageApi,
        """
        using System.Linq;
        using System.Threading.Tasks;

        sealed class PinnedClusterReport(IStorageApi storage)
        {
            public async Task<string[]> BuildAsync()
            {
                await Task.Yield();
                var pinned = from cluster in await storage.ListClustersAsync()
                             join favourite in await storage.ListClustersAsync() on cluster equals favourite
                             select cluster;
                return pinned.ToArray();
            }
        }
        """ + StorageApi);

    [Fact]
    public Task AwaitFixNotOffered_InQueryClausesThatRunAsLambdas() => Verify.VerifyAsync(
        """
        using System.Linq;
        using System.Threading.Tasks;

        sealed class ClusterUsageReport(IStorageApi storage)
        {
            public async Task<long[]> BuildAsync(string[] clusters)
            {
                await Task.Yield();
                var usage = from cluster in clusters
                            where storage.GetUsedBytesAsync(cluster).{|INTR103:Result|} > 0
                            select storage.GetUsedBytesAsync(cluster).{|INTR103:Result|};
                return usage.ToArray();
            }
        }
        """ + StorageApi,
        """
        using System.Linq;
        using System.Threading.Tasks;

        sealed class ClusterUsageReport(IStorageApi storage)
        {
            public async Task<long[]> BuildAsync(string[] clusters)
            {
                await Task.Yield();
                var usage = from cluster in clusters
                            where storage.GetUsedBytesAsync(cluster).{|INTR103:Result|} > 0
                            select storage.GetUsedBytesAsync(cluster).{|INTR103:Result|};
                return usage.ToArray();
            }
        }
        """ + StorageApi);

    [Fact]
    public Task FixAll_AwaitsEveryBlockingCallInTheDocument() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        sealed class UsageExport(IStorageApi storage)
        {
            public async Task<long> NorthAsync() => storage.GetUsedBytesAsync("north").{|INTR103:Result|};

            public async Task<long> SouthAsync()
            {
                await Task.Yield();
                return storage.GetUsedBytesAsync("south").{|INTR103:GetAwaiter().GetResult()|} + storage.GetUsedBytesAsync("east").{|INTR103:Result|};
            }
        }
        """ + StorageApi,
        """
        using System.Threading.Tasks;

        sealed class UsageExport(IStorageApi storage)
        {
            public async Task<long> NorthAsync() => await storage.GetUsedBytesAsync("north");

            public async Task<long> SouthAsync()
            {
                await Task.Yield();
                return await storage.GetUsedBytesAsync("south") + await storage.GetUsedBytesAsync("east");
            }
        }
        """ + StorageApi);
}
