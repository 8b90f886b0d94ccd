using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.LockWithoutFinallyReleaseAnalyzer,
    Introspect.CodeFixes.Threading.LockWithoutFinallyReleaseFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class LockWithoutFinallyReleaseFixerTests
{
    [Fact]
    public Task ReleaseAfterTheWork_MovesIntoFinally() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        sealed class BackupCatalog
        {
            private readonly SemaphoreSlim _refreshLock = new(1, 1);
            private string[] _volumes = [];

            public async Task RefreshAsync(CancellationToken cancellationToken)
            {
                await {|INTR109:_refreshLock.WaitAsync(cancellationToken)|};
                // The storage API is slow; one refresh at a time.
                _volumes = await LoadVolumesAsync(cancellationToken);
                _refreshLock.Release();
            }

            private static Task<string[]> LoadVolumesAsync(CancellationToken cancellationToken) => Task.FromResult(new[] { "vol-1" });
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        sealed class BackupCatalog
        {
            private readonly SemaphoreSlim _refreshLock = new(1, 1);
            private string[] _volumes = [];

            public async Task RefreshAsync(CancellationToken cancellationToken)
            {
                await _refreshLock.WaitAsync(cancellationToken);
                try
                {
                    // The storage API is slow; one refresh at a time.
                    _volumes = await LoadVolumesAsync(cancellationToken);
                }
                finally
                {
                    _refreshLock.Release();
                }
            }

            private static Task<string[]> LoadVolumesAsync(CancellationToken cancellationToken) => Task.FromResult(new[] { "vol-1" });
        }
        """);

    [Fact]
    public Task ReleaseBeforeAnEarlyReturn_IsLeftToTheFinally() => Verify.VerifyAsync(
        """
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class StorageTokenProvider(HttpClient http)
        {
            private readonly SemaphoreSlim _refreshLock = new(1, 1);
            private string? _token;

            public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
            {
                var token = _token;
                if (token is not null)
                {
                    return token;
                }

                await {|INTR109:_refreshLock.WaitAsync(cancellationToken)|};

                token = _token;
                if (token is not null)
                {
                    // Another caller refreshed it meanwhile.
                    _refreshLock.Release();
                    return token;
                }

                using var response = await http.PostAsync("oauth/token", null, cancellationToken);
                token = await response.Content.ReadAsStringAsync(cancellationToken);
                _token = token;
                _refreshLock.Release();

                return token;
            }
        }
        """,
        """
        using System.Net.Http;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class StorageTokenProvider(HttpClient http)
        {
            private readonly SemaphoreSlim _refreshLock = new(1, 1);
            private string? _token;

            public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
            {
                var token = _token;
                if (token is not null)
                {
                    return token;
                }

                await _refreshLock.WaitAsync(cancellationToken);

                try
                {
                    token = _token;
                    if (token is not null)
                    {
                        // Another caller refreshed it meanwhile.
                        return token;
                    }

                    using var response = await http.PostAsync("oauth/token", null, cancellationToken);
                    token = await response.Content.ReadAsStringAsync(cancellationToken);
                    _token = token;
                }
                finally
                {
                    _refreshLock.Release();
                }

                return token;
            }
        }
        """);

    [Fact]
    public Task LocalDeclaredInTheWorkAndUsedAfterTheRelease_IsNotFixed() => VerifyNoFix("""
        using System.Collections.Generic;
        using System.Threading;

        sealed class ProxyAssignments
        {
            private readonly ReaderWriterLockSlim _lock = new();
            private readonly Dictionary<string, string> _proxyByHost = new();

            public string? Find(string host)
            {
                {|INTR109:_lock.EnterReadLock()|};
                _proxyByHost.TryGetValue(host, out var proxy);
                _lock.ExitReadLock();
                return proxy;
            }
        }
        """);

    [Fact]
    public Task ReleaseOnAPathThatContinues_IsNotFixed() => VerifyNoFix("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class UploadQueue
        {
            private readonly SemaphoreSlim _gate = new(1, 1);
            private int _queued;

            public async Task EnqueueAsync(bool urgent)
            {
                await {|INTR109:_gate.WaitAsync()|};
                if (urgent)
                {
                    _gate.Release();
                }

                await Task.Delay(_queued++);
                _gate.Release();
            }
        }
        """);

    [Fact]
    public Task ReleaseNotInTheSameBlock_IsNotFixed() => VerifyNoFix("""
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
    public Task TryThatComesTooLate_IsNotFixed() => VerifyNoFix("""
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
    public Task LockThatIsNeverReleased_IsNotFixed() => VerifyNoFix("""
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
        }
        """);

    [Fact]
    public Task MonitorEnterAndExit_GetTryFinally() => Verify.VerifyAsync(
        """
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
        """,
        """
        using System.Collections.Generic;
        using System.Threading;

        sealed class AlertBuffer
        {
            private readonly object _gate = new();
            private readonly List<string> _pending = new();

            public void Add(string alert)
            {
                Monitor.Enter(_gate);
                try
                {
                    _pending.Add(alert.Trim());
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }
        """);

    [Fact]
    public Task FixAll_FixesEveryAcquireInTheDocument() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading;

        sealed class ProxyAssignments
        {
            private readonly ReaderWriterLockSlim _lock = new();
            private readonly Dictionary<string, string> _proxyByHost = new();

            public void Move(string host, string proxy)
            {
                {|INTR109:_lock.EnterWriteLock()|};
                _proxyByHost[host] = proxy;
                _lock.ExitWriteLock();
            }

            public string? Find(string host)
            {
                var proxy = "";
                {|INTR109:_lock.EnterReadLock()|};
                _proxyByHost.TryGetValue(host, out proxy);
                _lock.ExitReadLock();
                {|INTR109:_lock.EnterWriteLock()|};
                _proxyByHost.Remove(host);
                _lock.ExitWriteLock();
                return proxy;
            }
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading;

        sealed class ProxyAssignments
        {
            private readonly ReaderWriterLockSlim _lock = new();
            private readonly Dictionary<string, string> _proxyByHost = new();

            public void Move(string host, string proxy)
            {
                _lock.EnterWriteLock();
                try
                {
                    _proxyByHost[host] = proxy;
                }
                finally
                {
                    _lock.ExitWriteLock();
                }
            }

            public string? Find(string host)
            {
                var proxy = "";
                _lock.EnterReadLock();
                try
                {
                    _proxyByHost.TryGetValue(host, out proxy);
                }
                finally
                {
                    _lock.ExitReadLock();
                }
                _lock.EnterWriteLock();
                try
                {
                    _proxyByHost.Remove(host);
                }
                finally
                {
                    _lock.ExitWriteLock();
                }
                return proxy;
            }
        }
        """);

    private static Task VerifyNoFix(string source) => Verify.VerifyAsync(source, source);
}
