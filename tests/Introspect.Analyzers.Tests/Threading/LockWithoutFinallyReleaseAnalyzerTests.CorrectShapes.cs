using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.LockWithoutFinallyReleaseAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class LockWithoutFinallyReleaseAnalyzerTests
{
    [Fact]
    public Task AcquireInsideTryWhoseFinallyReleases_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;

        sealed class AlertBuffer
        {
            private readonly object _gate = new();
            private readonly List<string> _pending = new();

            public void Add(string alert)
            {
                var taken = false;
                try
                {
                    Monitor.Enter(_gate, ref taken);
                    _pending.Add(alert);
                }
                finally
                {
                    if (taken)
                    {
                        Monitor.Exit(_gate);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task AcquireRightBeforeTryFinally_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class MonitoringSession
        {
            private readonly SemaphoreSlim _loginLock = new(1, 1);
            private string? _token;

            public async Task<string> GetAuthTokenAsync(CancellationToken cancellationToken)
            {
                await _loginLock.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return _token ??= await Task.FromResult("session-1");
                }
                finally
                {
                    _loginLock.Release();
                }
            }
        }
        """);

    [Fact]
    public Task TimedWaitWithGuardedReleaseInFinally_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class BackupQueueMonitor
        {
            private readonly SemaphoreSlim _check = new(1, 1);

            public async Task CheckAsync()
            {
                var acquired = await _check.WaitAsync(TimeSpan.FromSeconds(1));
                try
                {
                    if (!acquired)
                    {
                        return;
                    }

                    await Task.Delay(10);
                }
                finally
                {
                    if (acquired)
                    {
                        _check.Release();
                    }
                }
            }
        }
        """);

    [Fact]
    public Task FailedTimedWaitReturnsBeforeTheTry_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ProxyRebalancer
        {
            private readonly SemaphoreSlim _running = new(1, 1);

            public async Task<bool> TryRebalanceAsync(CancellationToken cancellationToken)
            {
                if (!await _running.WaitAsync(TimeSpan.Zero, cancellationToken))
                {
                    return false;
                }

                try
                {
                    await Task.Delay(10, cancellationToken);
                    return true;
                }
                finally
                {
                    _running.Release();
                }
            }

            public bool TryRebalanceNow()
            {
                var acquired = _running.Wait(0);
                if (!acquired)
                {
                    return false;
                }

                try
                {
                    return true;
                }
                finally
                {
                    _running.Release();
                }
            }
        }
        """);

    [Fact]
    public Task SuccessfulTimedWaitGuardsATry_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;

        sealed class TopologyCache
        {
            private readonly ReaderWriterLockSlim _lock = new();
            private readonly object _gate = new();
            private int _version;

            public bool TryBump()
            {
                if (_lock.TryEnterWriteLock(TimeSpan.FromMilliseconds(200)))
                {
                    try
                    {
                        _version++;
                        return true;
                    }
                    finally
                    {
                        _lock.ExitWriteLock();
                    }
                }

                return false;
            }

            public void BumpWhenFree()
            {
                while (!Monitor.TryEnter(_gate, 100))
                {
                    Console.WriteLine("waiting for the topology lock");
                }

                try
                {
                    _version++;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }
        """);

    [Fact]
    public Task OnlyHarmlessCodeBeforeTheTry_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Diagnostics;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Logging;

        sealed class RetentionJob(ILogger<RetentionJob> logger)
        {
            private readonly SemaphoreSlim _gate = new(1, 1);
            private int _runs;

            public async Task RunAsync(CancellationToken cancellationToken)
            {
                await _gate.WaitAsync(cancellationToken);
                var started = Stopwatch.GetTimestamp();
                _runs++;
                logger.LogInformation("Retention run {Run} started", _runs);
                try
                {
                    await Task.Delay(10, cancellationToken);
                }
                finally
                {
                    _gate.Release();
                    logger.LogInformation("Retention run took {Elapsed}", Stopwatch.GetElapsedTime(started));
                }
            }
        }
        """);

    [Fact]
    public Task ReleaseRightAfterAPlainAssignment_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;

        sealed class SyncStatistics
        {
            private readonly object _gate = new();
            private int _hostsPushed;
            private DateTime _lastRun;

            public void Record(int hosts)
            {
                Monitor.Enter(_gate);
                _hostsPushed += hosts;
                _lastRun = DateTime.UtcNow;
                Monitor.Exit(_gate);
            }
        }
        """);

    [Fact]
    public Task UpgradeableReadLockWithNestedWriteLock_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;

        sealed class BypassCache
        {
            private readonly ReaderWriterLockSlim _lock = new();
            private readonly HashSet<string> _customers = new();

            public void EnsureBypassed(string customer)
            {
                _lock.EnterUpgradeableReadLock();
                try
                {
                    if (!_customers.Contains(customer))
                    {
                        _lock.EnterWriteLock();
                        try
                        {
                            _customers.Add(customer);
                        }
                        finally
                        {
                            _lock.ExitWriteLock();
                        }
                    }
                }
                finally
                {
                    _lock.ExitUpgradeableReadLock();
                }
            }
        }
        """);

    [Fact]
    public Task ReacquiredInFinallyAfterATemporaryRelease_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ExportRunner
        {
            private readonly SemaphoreSlim _gate = new(1, 1);

            public async Task RunAsync(Func<Task> waitForUpload)
            {
                await _gate.WaitAsync();
                try
                {
                    _gate.Release();
                    try
                    {
                        await waitForUpload();
                    }
                    finally
                    {
                        await _gate.WaitAsync();
                    }
                }
                finally
                {
                    _gate.Release();
                }
            }
        }
        """);

    [Fact]
    public Task CatchAllThatHandlesEverythingThenRelease_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class HeartbeatSender
        {
            private readonly SemaphoreSlim _sending = new(1, 1);

            public async Task SendAsync()
            {
                await _sending.WaitAsync();
                try
                {
                    await Task.Delay(1);
                }
                catch (Exception exception)
                {
                    Console.Error.WriteLine(exception.Message);
                }

                _sending.Release();
            }
        }
        """);

    [Fact]
    public Task LockStatement_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        sealed class SyncStatistics
        {
            private readonly object _gate = new();
            private readonly List<string> _failures = new();

            public void Fail(string host)
            {
                lock (_gate)
                {
                    _failures.Add(host);
                }
            }
        }
        """);
}
