using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.BlockingWhileHoldingLockAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class BlockingWhileHoldingLockAnalyzerTests
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
}
