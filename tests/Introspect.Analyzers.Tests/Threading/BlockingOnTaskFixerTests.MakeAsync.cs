using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.BlockingOnTaskAnalyzer,
    Introspect.CodeFixes.Threading.BlockingOnTaskFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class BlockingOnTaskFixerTests
{
    [Fact]
    public Task SyncHelperCalledFromAsyncCode_BecomesAsyncTaskAndIsAwaited() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        sealed class BackupPolicy(IStorageApi storage)
        {
            public async Task ApplyAsync(int[] customerIds)
            {
                await Task.Yield();
                PushBypass(customerIds);
                var used = UsedBytes() + 1;
            }

            private void PushBypass(int[] customerIds)
            {
                storage.SetThrottleBypassAsync(customerIds).{|INTR103:Wait()|};
            }

            private long UsedBytes() => storage.GetUsedBytesAsync("north").{|INTR103:Result|};
        }
        """ + StorageApi,
        """
        using System.Threading.Tasks;

        sealed class BackupPolicy(IStorageApi storage)
        {
            public async Task ApplyAsync(int[] customerIds)
            {
                await Task.Yield();
                await PushBypass(customerIds);
                var used = await UsedBytes() + 1;
            }

            private async Task PushBypass(int[] customerIds)
            {
                await storage.SetThrottleBypassAsync(customerIds);
            }

            private async Task<long> UsedBytes() => await storage.GetUsedBytesAsync("north");
        }
        """ + StorageApi);

    [Fact]
    public Task SeveralBlockingCallsInOneMethod_AreAllAwaitedWhenItBecomesAsync() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class CapacityPlanner(IStorageApi storage)
        {
            public Func<Task<long>> Plan => async () => Headroom("north") + await Task.FromResult(1L);

            private long Headroom(string cluster)
            {
                var used = storage.GetUsedBytesAsync(cluster).{|INTR103:Result|};
                Thread.Sleep(10);
                var reserved = storage.GetUsedBytesAsync(cluster + "-reserved").{|INTR103:GetAwaiter().GetResult()|};
                return used - reserved;
            }
        }
        """ + StorageApi,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class CapacityPlanner(IStorageApi storage)
        {
            public Func<Task<long>> Plan => async () => await Headroom("north") + await Task.FromResult(1L);

            private async Task<long> Headroom(string cluster)
            {
                var used = await storage.GetUsedBytesAsync(cluster);
                await Task.Delay(10);
                var reserved = await storage.GetUsedBytesAsync(cluster + "-reserved");
                return used - reserved;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task MakeAsync_AddsTheUsingDirective() => Verify.VerifyAsync(
        """
        sealed class QuotaReader(IStorageApi storage)
        {
            public long Read(string cluster)
            {
                var used = storage.GetUsedBytesAsync(cluster).{|INTR103:GetAwaiter().GetResult()|};
                return used;
            }
        }
        """ + StorageApi,
        """
        using System.Threading.Tasks;

        sealed class QuotaReader(IStorageApi storage)
        {
            public async Task<long> Read(string cluster)
            {
                var used = await storage.GetUsedBytesAsync(cluster);
                return used;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task TaskReturningHostedServiceMethod_GetsAsyncAndPlainReturns() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class BypassWarmup(IStorageApi storage) : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken)
            {
                storage.SetThrottleBypassAsync([], cancellationToken).{|INTR103:Wait()|};
                return Task.CompletedTask;
            }

            public Task<long> PeekAsync(bool cached)
            {
                if (cached)
                {
                    return Task.FromResult(0L);
                }

                var used = storage.GetUsedBytesAsync("north").{|INTR103:Result|};
                return Task.FromResult(used);
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """ + StorageApi,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class BypassWarmup(IStorageApi storage) : IHostedService
        {
            public async Task StartAsync(CancellationToken cancellationToken)
            {
                await storage.SetThrottleBypassAsync([], cancellationToken);
            }

            public async Task<long> PeekAsync(bool cached)
            {
                if (cached)
                {
                    return 0L;
                }

                var used = await storage.GetUsedBytesAsync("north");
                return used;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """ + StorageApi);

    [Fact]
    public Task TaskReturningLambda_BecomesAsyncLambda() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading.Tasks;

        sealed class WarmupSteps(IStorageApi storage)
        {
            public Func<Task> ResetBypass => () =>
            {
                storage.SetThrottleBypassAsync([]).{|INTR103:Wait()|};
                return Task.CompletedTask;
            };
        }
        """ + StorageApi,
        """
        using System;
        using System.Threading.Tasks;

        sealed class WarmupSteps(IStorageApi storage)
        {
            public Func<Task> ResetBypass => async () =>
            {
                await storage.SetThrottleBypassAsync([]);
            };
        }
        """ + StorageApi);

    [Fact]
    public Task HangfireJobMethodEnqueuedByExpression_BecomesAsync() => Verify.VerifyAsync(
        """
        using Hangfire;

        sealed class SnapshotRetentionJob(IStorageApi storage)
        {
            [AutomaticRetry(Attempts = 2)]
            public void Run()
            {
                storage.SetThrottleBypassAsync([1, 2]).{|INTR103:GetAwaiter().GetResult()|};
            }

            public static void Schedule() => BackgroundJob.Enqueue<SnapshotRetentionJob>(job => job.Run());
        }
        """ + StorageApi,
        """
        using System.Threading.Tasks;
        using Hangfire;

        sealed class SnapshotRetentionJob(IStorageApi storage)
        {
            [AutomaticRetry(Attempts = 2)]
            public async Task Run()
            {
                await storage.SetThrottleBypassAsync([1, 2]);
            }

            public static void Schedule() => BackgroundJob.Enqueue<SnapshotRetentionJob>(job => job.Run());
        }
        """ + StorageApi);

    [Fact]
    public Task MakeAsyncNotOffered_WhenTheSignatureOrACallerCannotFollow() => Verify.VerifyAsync(
        """
        using System;
        using System.Threading;

        sealed class BackupBypassRefresher(IStorageApi storage) : IDisposable
        {
            private Timer? _timer;

            public void Start() => _timer = new Timer(OnRefreshTimer, null, TimeSpan.Zero, TimeSpan.FromSeconds(30));

            // Used as a TimerCallback: a Task-returning method would no longer convert to it.
            private void OnRefreshTimer(object? state) => storage.SetThrottleBypassAsync([42]).{|INTR103:GetAwaiter().GetResult()|};

            // Imposed by IDisposable.
            public void Dispose() => storage.SetThrottleBypassAsync([]).{|INTR103:Wait()|};

            // Called from synchronous code, which could not await it.
            public long Used() => storage.GetUsedBytesAsync("north").{|INTR103:Result|};

            public string Describe() => $"{Used()} bytes";

            // A ref parameter cannot be used in an async method.
            public void Measure(ref long used) => used = storage.GetUsedBytesAsync("south").{|INTR103:Result|};

            // Properties cannot be async.
            public long South => storage.GetUsedBytesAsync("south").{|INTR103:Result|};
        }
        """ + StorageApi,
        """
        using System;
        using System.Threading;

        sealed class BackupBypassRefresher(IStorageApi storage) : IDisposable
        {
            private Timer? _timer;

            public void Start() => _timer = new Timer(OnRefreshTimer, null, TimeSpan.Zero, TimeSpan.FromSeconds(30));

            // Used as a TimerCallback: a Task-returning method would no longer convert to it.
            private void OnRefreshTimer(object? state) => storage.SetThrottleBypassAsync([42]).{|INTR103:GetAwaiter().GetResult()|};

            // Imposed by IDisposable.
            public void Dispose() => storage.SetThrottleBypassAsync([]).{|INTR103:Wait()|};

            // Called from synchronous code, which could not await it.
            public long Used() => storage.GetUsedBytesAsync("north").{|INTR103:Result|};

            public string Describe() => $"{Used()} bytes";

            // A ref parameter cannot be used in an async method.
            public void Measure(ref long used) => used = storage.GetUsedBytesAsync("south").{|INTR103:Result|};

            // Properties cannot be async.
            public long South => storage.GetUsedBytesAsync("south").{|INTR103:Result|};
        }
        """ + StorageApi);

    [Fact]
    public Task MakeAsyncNotOffered_ForThePublicApiOfALibrary() => Verify.VerifyAsync(
        """
        // The test compilation is a class library: code outside the solution may call these members.
        public sealed class QuotaClient(IStorageApi storage)
        {
            public long UsedBytes(string cluster) => storage.GetUsedBytesAsync(cluster).{|INTR103:Result|};

            protected internal void ResetBypass() => storage.SetThrottleBypassAsync([]).{|INTR103:Wait()|};
        }
        """ + StorageApi,
        """
        // The test compilation is a class library: code outside the solution may call these members.
        public sealed class QuotaClient(IStorageApi storage)
        {
            public long UsedBytes(string cluster) => storage.GetUsedBytesAsync(cluster).{|INTR103:Result|};

            protected internal void ResetBypass() => storage.SetThrottleBypassAsync([]).{|INTR103:Wait()|};
        }
        """ + StorageApi);

    [Fact]
    public Task MakeAsyncNotOffered_ForOverridesAndNonGenericTaskReturnedFromElsewhere() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class QuotaWatcher(IStorageApi storage) : BackgroundService
        {
            public override void Dispose()
            {
                storage.SetThrottleBypassAsync([]).{|INTR103:Wait()|};
                base.Dispose();
            }

            protected override Task ExecuteAsync(CancellationToken stoppingToken)
            {
                storage.SetThrottleBypassAsync([], stoppingToken).{|INTR103:Wait()|};
                return Task.Delay(1000, stoppingToken);
            }
        }
        """ + StorageApi,
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class QuotaWatcher(IStorageApi storage) : BackgroundService
        {
            public override void Dispose()
            {
                storage.SetThrottleBypassAsync([]).{|INTR103:Wait()|};
                base.Dispose();
            }

            protected override Task ExecuteAsync(CancellationToken stoppingToken)
            {
                storage.SetThrottleBypassAsync([], stoppingToken).{|INTR103:Wait()|};
                return Task.Delay(1000, stoppingToken);
            }
        }
        """ + StorageApi);
}
