using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.BlockingWhileHoldingLockAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class BlockingWhileHoldingLockAnalyzerTests
{
    [Fact]
    public Task SemaphoreSlimAroundAwaits_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class MonitoringSession
        {
            private readonly SemaphoreSlim _loginLock = new(1, 1);
            private string? _token;

            public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
            {
                await _loginLock.WaitAsync(cancellationToken);
                try
                {
                    return _token ??= await Task.FromResult("session");
                }
                finally
                {
                    _loginLock.Release();
                }
            }
        }
        """);

    [Fact]
    public Task BlockingWaitInALambdaWrittenInsideTheLock_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class RetryScheduler
        {
            private readonly object _gate = new();
            private readonly List<Action> _retries = new();

            public void Schedule(Task upload)
            {
                lock (_gate)
                {
                    _retries.Add(() => Thread.Sleep(1000));
                    _retries.Add(() => upload.Wait());
                    _retries.Add(WaitForUpload);

                    void WaitForUpload() => upload.GetAwaiter().GetResult();
                }
            }
        }
        """);

    [Fact]
    public Task MonitorWaitOnTheHeldLock_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;

        sealed class WorkQueue
        {
            private readonly object _gate = new();
            private readonly Queue<string> _items = new();

            public string Take()
            {
                lock (_gate)
                {
                    while (_items.Count == 0)
                    {
                        Monitor.Wait(_gate);
                    }

                    return _items.Dequeue();
                }
            }

            public string TakeExplicitly()
            {
                Monitor.Enter(_gate);
                try
                {
                    while (_items.Count == 0)
                    {
                        Monitor.Wait(_gate, 1000);
                    }

                    return _items.Dequeue();
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }
        """);

    [Fact]
    public Task WaitsAndAwaitsAfterTheRelease_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class SnapshotNotifier
        {
            private readonly object _gate = new();
            private readonly ReaderWriterLockSlim _lock = new();
            private int _pending;

            public async Task NotifyAsync(Task mail)
            {
                bool due;
                Monitor.Enter(_gate);
                try
                {
                    due = ++_pending > 10;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }

                if (due)
                {
                    await mail;
                    Thread.Sleep(10);
                }

                _lock.EnterReadLock();
                var pending = _pending;
                _lock.ExitReadLock();
                await Task.Delay(pending);
            }
        }
        """);

    [Fact]
    public Task AwaitBeforeTheLockIsTaken_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ExportCounter
        {
            private readonly object _gate = new();
            private int _exports;

            public async Task CountAsync(Task export)
            {
                await export;
                Monitor.Enter(_gate);
                try
                {
                    _exports++;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }
        """);

    [Fact]
    public Task SleepWhileTheTryEnterFailed_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        sealed class InventorySync
        {
            private readonly object _gate = new();
            private int _runs;

            public void RunWhenFree()
            {
                while (!Monitor.TryEnter(_gate, 10))
                {
                    Thread.Sleep(50);
                }

                try
                {
                    _runs++;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }

            public bool TryRun()
            {
                if (!Monitor.TryEnter(_gate))
                {
                    Thread.Sleep(100);
                    return false;
                }

                try
                {
                    _runs++;
                    return true;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }
        """);

    [Fact]
    public Task ZeroTimeoutPollsInsideLock_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;

        sealed class CapacityProbe
        {
            private readonly object _gate = new();
            private readonly SemaphoreSlim _slots = new(4, 4);
            private readonly ManualResetEvent _drained = new(false);

            public bool TryReserve()
            {
                lock (_gate)
                {
                    Thread.Sleep(0);
                    return !_drained.WaitOne(0) && _slots.Wait(TimeSpan.Zero);
                }
            }
        }
        """);

    [Fact]
    public Task ThreadBoundLockTakenAndReleasedInsideAParallelLoopBody_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class HostSync
        {
            private readonly object _gate = new();
            private readonly List<string> _failed = new();

            public async Task SyncAsync(string[] hosts)
            {
                Parallel.ForEach(hosts, host =>
                {
                    Monitor.Enter(_gate);
                    try
                    {
                        _failed.Add(host);
                    }
                    finally
                    {
                        Monitor.Exit(_gate);
                    }
                });

                await Task.Delay(1);
            }
        }
        """);

    [Fact]
    public Task BlockingOutsideAnyLock_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class UsageExport
        {
            private readonly object _gate = new();
            private readonly List<string> _rows = new();

            public void Export(Task<string[]> query)
            {
                var rows = query.Result;
                Thread.Sleep(10);
                lock (_gate)
                {
                    _rows.AddRange(rows);
                }
            }
        }
        """);

    [Fact]
    public Task SemaphoreSlimWaitAsyncInsideLockLambda_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ReportQueue
        {
            private readonly object _gate = new();
            private readonly SemaphoreSlim _reports = new(1, 1);
            private Func<Task>? _next;

            public void Queue()
            {
                lock (_gate)
                {
                    _next = async () =>
                    {
                        await _reports.WaitAsync();
                        try { await Task.Delay(1); }
                        finally { _reports.Release(); }
                    };
                }
            }
        }
        """);

    [Fact]
    public Task AwaitInTheBranchWhereTryEnterFailed_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ReportBuilder
        {
            private readonly object _gate = new();
            private int _built;

            public async Task<bool> TryBuildAsync()
            {
                if (!Monitor.TryEnter(_gate))
                {
                    await Task.Delay(100);
                    return false;
                }

                try
                {
                    _built++;
                    return true;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }
        """);

    [Fact]
    public Task SynchronousCriticalSectionCalledFromAsyncCode_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class SyncStatistics
        {
            private readonly object _gate = new();
            private int _hostsPushed;

            public async Task PushAsync(Task push)
            {
                await push;
                Record();
                await Task.Delay(1);
            }

            private void Record()
            {
                Monitor.Enter(_gate);
                try
                {
                    _hostsPushed++;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }
        """);

    [Fact]
    public Task LockStatementWithoutBlockingCalls_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class SnapshotRegistry
        {
            private readonly Lock _lock = new();
            private readonly Dictionary<string, Task> _running = new();

            public Task Start(string server, Task snapshot)
            {
                lock (_lock)
                {
                    if (_running.TryGetValue(server, out var running) && !running.IsCompleted)
                    {
                        return running;
                    }

                    _running[server] = snapshot;
                    return snapshot;
                }
            }
        }
        """);

    [Fact]
    public Task AwaitAfterBothBranchesReleased_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class QuotaTracker
        {
            private readonly object _gate = new();
            private int _used;

            public async Task ConsumeAsync(int amount, Task persist)
            {
                Monitor.Enter(_gate);
                if (_used + amount > 100)
                {
                    _used = 100;
                    Monitor.Exit(_gate);
                }
                else
                {
                    _used += amount;
                    Monitor.Exit(_gate);
                }

                await persist;
            }
        }
        """);

    [Fact]
    public Task ReadLockReleasedBeforeTheLoadIsAwaited_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ReportCache
        {
            private readonly ReaderWriterLockSlim _lock = new();
            private readonly Dictionary<string, Task<string>> _reports = new();

            public async Task<string> GetAsync(string key)
            {
                Task<string>? pending;
                _lock.EnterReadLock();
                try
                {
                    _reports.TryGetValue(key, out pending);
                }
                finally
                {
                    _lock.ExitReadLock();
                }

                return pending is null ? await LoadAsync(key) : await pending;
            }

            private static Task<string> LoadAsync(string key) => Task.FromResult(key);
        }
        """);
}
