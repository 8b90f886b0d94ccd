using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.BlockingWhileHoldingLockAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class BlockingWhileHoldingLockAnalyzerTests
{
    [Fact]
    public Task ThreadSleepInsideLock_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;

        static class SmsThrottle
        {
            private static readonly object ThrottleGate = new();
            private static DateTime _lastSentUtc = DateTime.MinValue;

            public static void WaitForSendSlot(TimeSpan minimumGap)
            {
                lock (ThrottleGate)
                {
                    var sinceLast = DateTime.UtcNow - _lastSentUtc;
                    if (sinceLast < minimumGap)
                    {
                        {|INTR110:Thread.Sleep(minimumGap - sinceLast)|};
                    }

                    _lastSentUtc = DateTime.UtcNow;
                }
            }
        }
        """);

    [Fact]
    public Task TaskResultAndGetResultInsideLock_Trigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        sealed class BypassCache
        {
            private readonly object _gate = new();
            private readonly Dictionary<string, bool> _bypassed = new();

            public bool IsBypassed(string customer)
            {
                lock (_gate)
                {
                    if (!_bypassed.TryGetValue(customer, out var bypassed))
                    {
                        bypassed = {|INTR110:LoadAsync(customer).Result|};
                        _bypassed[customer] = bypassed;
                    }

                    return bypassed;
                }
            }

            public void Refresh(string customer)
            {
                lock (_gate)
                {
                    _bypassed[customer] = {|INTR110:LoadAsync(customer).GetAwaiter().GetResult()|};
                }
            }

            private static Task<bool> LoadAsync(string customer) => Task.FromResult(customer.Length > 3);
        }
        """);

    [Fact]
    public Task TaskWaitAndWaitAllInsideLock_Trigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class SnapshotBatch
        {
            private readonly object _gate = new();

            public void Flush(Task upload, Task[] replicas)
            {
                lock (_gate)
                {
                    {|INTR110:upload.Wait()|};
                    {|INTR110:Task.WaitAll(replicas)|};
                }
            }
        }
        """);

    [Fact]
    public Task WaitsOnSemaphoresEventsAndThreadsInsideLock_Trigger() => Verify.VerifyAsync("""
        using System.Threading;

        sealed class AgentInstaller
        {
            private readonly object _gate = new();
            private readonly SemaphoreSlim _agentSlots = new(2, 2);
            private readonly ManualResetEvent _agentReady = new(false);

            public void Install(Thread copier)
            {
                lock (_gate)
                {
                    {|INTR110:_agentSlots.Wait()|};
                    {|INTR110:_agentReady.WaitOne()|};
                    {|INTR110:copier.Join()|};
                }
            }
        }
        """);

    [Fact]
    public Task SleepBetweenMonitorEnterAndExit_Triggers() => Verify.VerifyAsync("""
        using System.Threading;

        sealed class RackPowerCycler
        {
            private readonly object _gate = new();

            public void Cycle(int outlet)
            {
                Monitor.Enter(_gate);
                try
                {
                    SwitchOff(outlet);
                    {|INTR110:Thread.Sleep(5000)|};
                    SwitchOn(outlet);
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }

            private static void SwitchOff(int outlet) { }
            private static void SwitchOn(int outlet) { }
        }
        """);

    [Fact]
    public Task WaitInsideWriteLockAndSpinLock_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class TopologyStore
        {
            private readonly ReaderWriterLockSlim _lock = new();
            private SpinLock _spin = new(false);
            private string _topology = "";

            public void Reload(Task<string> download)
            {
                _lock.EnterWriteLock();
                try
                {
                    _topology = {|INTR110:download.Result|};
                }
                finally
                {
                    _lock.ExitWriteLock();
                }
            }

            public void Touch()
            {
                var taken = false;
                try
                {
                    _spin.Enter(ref taken);
                    {|INTR110:Thread.Sleep(1)|};
                }
                finally
                {
                    if (taken)
                    {
                        _spin.Exit();
                    }
                }
            }
        }
        """);

    [Fact]
    public Task MonitorWaitOnAnotherObjectInsideLock_Triggers() => Verify.VerifyAsync("""
        using System.Threading;

        sealed class JobQueue
        {
            private readonly object _gate = new();
            private readonly object _wakeUp = new();

            public void WaitForWork()
            {
                lock (_gate)
                {
                    lock (_wakeUp)
                    {
                        {|INTR110:Monitor.Wait(_gate)|};
                    }
                }
            }
        }
        """);

    [Fact]
    public Task NestedLocks_ReportTheWaitOnce() => Verify.VerifyAsync("""
        using System.Threading;

        sealed class LedgerWriter
        {
            private readonly object _accounts = new();
            private readonly object _journal = new();

            public void Post()
            {
                lock (_accounts)
                {
                    lock (_journal)
                    {
                        {|INTR110:Thread.Sleep(10)|};
                    }
                }
            }
        }
        """);

    [Fact]
    public Task MonitorHeldAcrossAwait_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class MonitoringSession
        {
            private readonly object _loginGate = new();
            private string? _token;

            public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
            {
                {|INTR110:Monitor.Enter(_loginGate)|};
                try
                {
                    _token ??= await LoginAsync(cancellationToken);
                    return _token;
                }
                finally
                {
                    Monitor.Exit(_loginGate);
                }
            }

            private static Task<string> LoginAsync(CancellationToken cancellationToken) => Task.FromResult("session");
        }
        """);

    [Fact]
    public Task ReaderWriterLockMutexAndLockHeldAcrossAwait_Trigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class MigrationRunner
        {
            private readonly ReaderWriterLockSlim _schema = new();
            private readonly Mutex _migrations = new(false, "ops-migrations");
            private readonly Lock _progress = new();

            public async Task MigrateAsync()
            {
                {|INTR110:_schema.EnterWriteLock()|};
                await Task.Delay(10);
                _schema.ExitWriteLock();
            }

            public async Task RunExclusiveAsync()
            {
                {|INTR110:_migrations.WaitOne()|};
                try
                {
                    await Task.Delay(10);
                }
                finally
                {
                    _migrations.ReleaseMutex();
                }
            }

            public async Task ReportAsync()
            {
                {|INTR110:_progress.Enter()|};
                await foreach (var line in ReadLinesAsync())
                {
                }

                _progress.Exit();
            }

            private static async IAsyncEnumerable<string> ReadLinesAsync()
            {
                await Task.Yield();
                yield return "done";
            }
        }
        """);

    [Fact]
    public Task TryEnterThatSucceededHeldAcrossAwait_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ProxyWatchdog
        {
            private readonly object _gate = new();

            public async Task CheckAsync()
            {
                if ({|INTR110:Monitor.TryEnter(_gate, TimeSpan.FromSeconds(1))|})
                {
                    try
                    {
                        await Task.Delay(10);
                    }
                    finally
                    {
                        Monitor.Exit(_gate);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task WaitInsideALockEnterScope_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class CertificateStore
        {
            private readonly Lock _lock = new();
            private string _pem = "";

            public void Rotate(Task<string> download)
            {
                using (_lock.EnterScope())
                {
                    {|INTR110:Thread.Sleep(100)|};
                }
            }

            public void Reload(Task<string> download)
            {
                using var scope = _lock.EnterScope();
                _pem = {|INTR110:download.Result|};
            }
        }
        """);

    [Fact]
    public Task BlockingWaitMessage_NamesTheWaitAndTheLock()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Threading;

                sealed class SmsThrottle
                {
                    private readonly object _throttleGate = new();

                    public void WaitForSendSlot()
                    {
                        lock (_throttleGate)
                        {
                            {|#0:Thread.Sleep(250)|};
                        }
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR110", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments(
                "Thread.Sleep blocks while the lock on '_throttleGate' is held, so every thread that needs the lock waits as well",
                "move the wait out of the locked region"));
        return test.RunAsync();
    }

    [Fact]
    public Task AwaitMessage_NamesTheLockAndItsRelease()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Threading;
                using System.Threading.Tasks;

                sealed class MigrationRunner
                {
                    private readonly ReaderWriterLockSlim _schema = new();

                    public async Task MigrateAsync()
                    {
                        {|#0:_schema.EnterWriteLock()|};
                        {|#1:await Task.Delay(10)|};
                        _schema.ExitWriteLock();
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR110", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithLocation(1)
            .WithArguments(
                "'_schema' is taken with ReaderWriterLockSlim.EnterWriteLock and still held at an await, so the code after it can resume on another thread, where ReaderWriterLockSlim.ExitWriteLock throws or the lock is never released",
                "serialize async code with SemaphoreSlim.WaitAsync and Release instead"));
        return test.RunAsync();
    }

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
}
