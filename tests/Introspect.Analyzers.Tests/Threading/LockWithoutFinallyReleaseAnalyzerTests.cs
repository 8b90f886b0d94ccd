using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.LockWithoutFinallyReleaseAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class LockWithoutFinallyReleaseAnalyzerTests
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
}
