using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.LockWithoutFinallyReleaseAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class LockWithoutFinallyReleaseAnalyzerTests
{
    [Fact]
    public Task SemaphoreReleasedAfterTheWork_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class BackupCatalog
        {
            private readonly SemaphoreSlim _refreshLock = new(1, 1);
            private string[] _volumes = [];

            public async Task RefreshAsync(CancellationToken cancellationToken)
            {
                await {|INTR109:_refreshLock.WaitAsync(cancellationToken)|};
                _volumes = await LoadVolumesAsync(cancellationToken);
                _refreshLock.Release();
            }

            private static Task<string[]> LoadVolumesAsync(CancellationToken cancellationToken) => Task.FromResult(new[] { "vol-1" });
        }
        """);

    [Fact]
    public Task ReleaseOnlyOnTheSuccessPaths_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class StorageTokenProvider(HttpClient http)
        {
            private readonly SemaphoreSlim _refreshLock = new(1, 1);
            private string? _token;

            public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
            {
                await {|INTR109:_refreshLock.WaitAsync(cancellationToken)|};
                if (_token is not null)
                {
                    _refreshLock.Release();
                    return _token;
                }

                using var response = await http.PostAsync("oauth/token", null, cancellationToken);
                response.EnsureSuccessStatusCode();
                _token = await response.Content.ReadAsStringAsync(cancellationToken);
                _refreshLock.Release();
                return _token;
            }
        }
        """);

    [Fact]
    public Task MonitorEnterAndExitWithoutTry_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;

        sealed class AlertBuffer
        {
            private readonly object _gate = new();
            private readonly List<string> _pending = new();

            public void Add(string alert)
            {
                {|INTR109:Monitor.Enter(_gate)|};
                _pending.Add(alert.Trim());
                Monitor.Exit(_gate);
            }
        }
        """);

    [Fact]
    public Task WriteLockExitedAfterTheWork_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;

        sealed class ProxyAssignments
        {
            private readonly ReaderWriterLockSlim _lock = new();
            private readonly Dictionary<string, string> _proxyByHost = new();

            public void Move(string host, string proxy)
            {
                {|INTR109:_lock.EnterWriteLock()|};
                _proxyByHost.Remove(host);
                _proxyByHost.Add(host, proxy);
                _lock.ExitWriteLock();
            }
        }
        """);

    [Fact]
    public Task CancellationCheckBetweenAcquireAndTry_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class SnapshotScheduler
        {
            private readonly SemaphoreSlim _gate = new(1, 1);

            public async Task ScheduleAsync(CancellationToken cancellationToken)
            {
                await {|INTR109:_gate.WaitAsync(cancellationToken)|};
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    await Task.Delay(10, cancellationToken);
                }
                finally
                {
                    _gate.Release();
                }
            }
        }
        """);

    [Fact]
    public Task EarlyReturnBetweenAcquireAndTry_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ZoneCache
        {
            private readonly SemaphoreSlim _gate = new(1, 1);
            private string[]? _zones;

            public async Task<string[]> GetZonesAsync()
            {
                await {|INTR109:_gate.WaitAsync()|};
                if (_zones is not null)
                {
                    return _zones;
                }

                try
                {
                    _zones = await Task.FromResult(new[] { "fra1", "ams2" });
                    return _zones;
                }
                finally
                {
                    _gate.Release();
                }
            }
        }
        """);

    [Fact]
    public Task TimedWaitReleasedOnlyAfterTheWork_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class MaintenanceWindowPlanner
        {
            private readonly SemaphoreSlim _planning = new(1, 1);

            public async Task<bool> TryPlanAsync(Func<Task> plan)
            {
                if (await {|INTR109:_planning.WaitAsync(TimeSpan.FromSeconds(5))|})
                {
                    await plan();
                    _planning.Release();
                    return true;
                }

                return false;
            }
        }
        """);

    [Fact]
    public Task MutexReleasedAfterTheWork_Triggers() => Verify.VerifyAsync("""
        using System.IO;
        using System.Threading;

        static class ExportLock
        {
            public static void WriteExport(string path, string csv)
            {
                using var mutex = new Mutex(false, "Global/ops-usage-export");
                {|INTR109:mutex.WaitOne()|};
                File.WriteAllText(path, csv);
                mutex.ReleaseMutex();
            }
        }
        """);

    [Fact]
    public Task SpinLockExitedAfterTheWork_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;

        sealed class MetricsBuffer
        {
            private SpinLock _spin = new(enableThreadOwnerTracking: false);
            private readonly List<double> _samples = new();

            public void Record(double value)
            {
                var taken = false;
                {|INTR109:_spin.Enter(ref taken)|};
                _samples.Add(value);
                _spin.Exit();
            }
        }
        """);

    [Fact]
    public Task ReleasedOnlyInACatchForOneExceptionType_Triggers() => Verify.VerifyAsync("""
        using System.IO;
        using System.Threading;

        sealed class ArchiveWriter
        {
            private readonly object _gate = new();

            public void Append(string path, string line)
            {
                {|INTR109:Monitor.Enter(_gate)|};
                try
                {
                    File.AppendAllText(path, line);
                }
                catch (IOException)
                {
                    Monitor.Exit(_gate);
                    throw;
                }

                Monitor.Exit(_gate);
            }
        }
        """);

    [Fact]
    public Task PerClusterSemaphoreFromDictionaryReleasedAfterTheWork_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class SnapshotJob
        {
            private static readonly ConcurrentDictionary<string, SemaphoreSlim> ClusterSlots = new();

            public async Task CreateAsync(string cluster, CancellationToken cancellationToken)
            {
                var slots = ClusterSlots.GetOrAdd(cluster, _ => new SemaphoreSlim(2, 2));
                await {|INTR109:slots.WaitAsync(cancellationToken)|};
                await Task.Delay(100, cancellationToken);
                slots.Release();
            }
        }
        """);

    [Fact]
    public Task SystemThreadingLockExitedAfterTheWork_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;

        sealed class HostRegistry
        {
            private readonly Lock _lock = new();
            private readonly HashSet<string> _hosts = new();

            public void Register(string host)
            {
                {|INTR109:_lock.Enter()|};
                _hosts.Add(host.ToLowerInvariant());
                _lock.Exit();
            }
        }
        """);

    [Fact]
    public Task PrivateSemaphoreNeverReleasedInItsType_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class UsageExporter
        {
            private readonly SemaphoreSlim _exportGate = new(1, 1);

            public async Task ExportNightlyAsync(CancellationToken cancellationToken)
            {
                await {|INTR109:_exportGate.WaitAsync(cancellationToken)|};
                await Task.Delay(100, cancellationToken);
            }

            public async Task ExportNowAsync(CancellationToken cancellationToken)
            {
                await _exportGate.WaitAsync(cancellationToken);
                try
                {
                    await Task.Delay(100, cancellationToken);
                }
                finally
                {
                    _exportGate.Release();
                }
            }
        }
        """);

    [Fact]
    public Task SemaphoreWaitedSynchronouslyInAHangfireJob_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using Hangfire;

        sealed class RaidMonitoringInstaller
        {
            private static readonly SemaphoreSlim AgentSlots = new(4, 4);

            [AutomaticRetry(Attempts = 3)]
            public void Install(string serverId)
            {
                {|INTR109:AgentSlots.Wait()|};
                PushAgentConfiguration(serverId);
                AgentSlots.Release();
            }

            private static void PushAgentConfiguration(string serverId) { }
        }
        """);

    [Fact]
    public Task Messages_SayWhyTheLockCanStayHeld()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Threading;
                using System.Threading.Tasks;

                sealed class ExportJob
                {
                    private readonly SemaphoreSlim _nightly = new(1, 1);
                    private readonly SemaphoreSlim _adHoc = new(1, 1);
                    private readonly object _counters = new();
                    private readonly System.Collections.Generic.List<string> _runs = new();

                    public async Task RunNightlyAsync(CancellationToken cancellationToken)
                    {
                        await {|#0:_nightly.WaitAsync(cancellationToken)|};
                        await Task.Delay(10, cancellationToken);
                    }

                    public async Task RunAdHocAsync(CancellationToken cancellationToken)
                    {
                        await {|#1:_adHoc.WaitAsync(cancellationToken)|};
                        cancellationToken.ThrowIfCancellationRequested();
                        try { await Task.Delay(10, cancellationToken); }
                        finally { _adHoc.Release(); }
                    }

                    public void Count(string job)
                    {
                        {|#2:Monitor.Enter(_counters)|};
                        _runs.Add(job);
                        Monitor.Exit(_counters);
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(Expected(0, "_nightly", "SemaphoreSlim.WaitAsync", "nothing in its type ever releases it, so the next caller waits forever"));
        test.ExpectedDiagnostics.Add(Expected(1, "_adHoc", "SemaphoreSlim.WaitAsync", "the code between the acquire and the try block can throw or return before the finally runs"));
        test.ExpectedDiagnostics.Add(Expected(2, "_counters", "Monitor.Enter", "Monitor.Exit is not in a finally block, so an exception or early return leaves it held"));
        return test.RunAsync();

        static DiagnosticResult Expected(int location, string lockName, string method, string reason) =>
            new DiagnosticResult("INTR109", DiagnosticSeverity.Warning).WithLocation(location).WithArguments(lockName, method, reason);
    }

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
    public Task ReleaserReturnedToTheCaller_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class AsyncLock
        {
            private readonly SemaphoreSlim _semaphore = new(1, 1);

            public async Task<Releaser> LockAsync(CancellationToken cancellationToken)
            {
                await _semaphore.WaitAsync(cancellationToken);
                return new Releaser(this);
            }

            public readonly struct Releaser(AsyncLock owner) : IDisposable
            {
                public void Dispose() => owner._semaphore.Release();
            }
        }

        sealed class DisposableGate : IDisposable
        {
            private readonly SemaphoreSlim _gate = new(1, 1);

            public async Task<DisposableGate> EnterAsync()
            {
                await _gate.WaitAsync();
                return this;
            }

            public void Dispose() => _gate.Release();
        }
        """);

    [Fact]
    public Task SignalReleasedByTheProducer_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        sealed class AlertOutbox : BackgroundService
        {
            private readonly ConcurrentQueue<string> _alerts = new();
            private readonly SemaphoreSlim _signal = new(0);

            public void Enqueue(string alert)
            {
                _alerts.Enqueue(alert);
                _signal.Release();
            }

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await _signal.WaitAsync(stoppingToken);
                    if (_alerts.TryDequeue(out var alert))
                    {
                        await Task.Delay(1, stoppingToken);
                    }
                }
            }
        }
        """);

    [Fact]
    public Task ThrottleReleasedWhenTheStartedWorkEnds_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class HostProbe
        {
            private readonly SemaphoreSlim _throttle = new(8, 8);

            public async Task ProbeAllAsync(IEnumerable<string> hosts)
            {
                var probes = new List<Task>();
                foreach (var host in hosts)
                {
                    await _throttle.WaitAsync();
                    probes.Add(Task.Run(async () =>
                    {
                        try
                        {
                            await ProbeAsync(host);
                        }
                        finally
                        {
                            _throttle.Release();
                        }
                    }));
                }

                await Task.WhenAll(probes);
            }

            private static Task ProbeAsync(string host) => Task.Delay(1);
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
    public Task AcquireAndReleaseInSeparateMethodsByDesign_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        sealed class MaintenanceMode
        {
            private readonly object _gate = new();
            private readonly SemaphoreSlim _window = new(1, 1);

            public void Begin() => Monitor.Enter(_gate);

            public void End() => Monitor.Exit(_gate);

            public void Open() => _window.Wait();

            public void Close() => _window.Release();
        }
        """);

    [Fact]
    public Task CatchAllReleasesAndRethrowsWhileTheWorkerReleasesOnSuccess_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class UploadPipeline
        {
            private readonly SemaphoreSlim _uploads = new(4, 4);

            public async Task StartUploadAsync(string file)
            {
                await _uploads.WaitAsync();
                try
                {
                    _ = Task.Run(async () =>
                    {
                        try { await Task.Delay(1); }
                        finally { _uploads.Release(); }
                    });
                }
                catch
                {
                    _uploads.Release();
                    throw;
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
    public Task ExtensionMethodOnASemaphoreParameter_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        static class SemaphoreExtensions
        {
            public static async Task<IDisposable> LockAsync(this SemaphoreSlim semaphore, CancellationToken cancellationToken)
            {
                await semaphore.WaitAsync(cancellationToken);
                return new Releaser(semaphore);
            }

            private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
            {
                public void Dispose() => semaphore.Release();
            }
        }
        """);

    [Fact]
    public Task SemaphoreHandedToAnotherObject_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class CsvExportQueue
        {
            private readonly SemaphoreSlim _slots = new(2, 2);

            public async Task<ExportTicket> EnqueueAsync()
            {
                await _slots.WaitAsync();
                return new ExportTicket(_slots);
            }
        }

        sealed class ExportTicket(SemaphoreSlim slots)
        {
            public void Complete() => slots.Release();
        }
        """);

    [Fact]
    public Task NonPrivateSemaphoreReleasedByOtherTypes_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ProvisioningSlots
        {
            internal readonly SemaphoreSlim Slots = new(3, 3);

            public Task ReserveAsync() => Slots.WaitAsync();
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

    [Fact]
    public Task AcquireAndReleaseOnDifferentLocks_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class BoundedBuffer
        {
            private readonly SemaphoreSlim _items = new(0, 100);
            private readonly SemaphoreSlim _spaces = new(100, 100);

            public async Task PutAsync()
            {
                await _spaces.WaitAsync();
                await Task.Delay(1);
                _items.Release();
            }

            public async Task TakeAsync()
            {
                await _items.WaitAsync();
                await Task.Delay(1);
                _spaces.Release();
            }
        }
        """);
}
