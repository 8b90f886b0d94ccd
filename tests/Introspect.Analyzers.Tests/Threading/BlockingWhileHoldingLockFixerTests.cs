using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.BlockingWhileHoldingLockAnalyzer,
    Introspect.CodeFixes.Threading.BlockingWhileHoldingLockFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class BlockingWhileHoldingLockFixerTests
{
    [Fact]
    public Task MonitorHeldAcrossAwait_BecomesSemaphoreSlim() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        sealed class MonitoringSession
        {
            // One login at a time.
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
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        sealed class MonitoringSession
        {
            // One login at a time.
            private readonly SemaphoreSlim _loginGate = new(1, 1);
            private string? _token;

            public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
            {
                await _loginGate.WaitAsync();
                try
                {
                    _token ??= await LoginAsync(cancellationToken);
                    return _token;
                }
                finally
                {
                    _loginGate.Release();
                }
            }

            private static Task<string> LoginAsync(CancellationToken cancellationToken) => Task.FromResult("session");
        }
        """);

    [Fact]
    public Task FixAll_ConvertsTheFieldOnceAndAddsTheUsing() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        sealed class ExportState
        {
            private static readonly object Gate = new object();
            private static int _exports;

            public static async Task StartAsync()
            {
                {|INTR110:System.Threading.Monitor.Enter(Gate)|};
                await Task.Delay(1);
                _exports++;
                System.Threading.Monitor.Exit(Gate);
            }

            public static async Task FinishAsync()
            {
                {|INTR110:System.Threading.Monitor.Enter(Gate)|};
                await Task.Yield();
                _exports--;
                System.Threading.Monitor.Exit(Gate);
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ExportState
        {
            private static readonly SemaphoreSlim Gate = new(1, 1);
            private static int _exports;

            public static async Task StartAsync()
            {
                await Gate.WaitAsync();
                await Task.Delay(1);
                _exports++;
                Gate.Release();
            }

            public static async Task FinishAsync()
            {
                await Gate.WaitAsync();
                await Task.Yield();
                _exports--;
                Gate.Release();
            }
        }
        """);

    [Fact]
    public Task FieldAlsoUsedByALockStatement_IsNotFixed() => VerifyNoFix("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ReportCache
        {
            private readonly object _gate = new();
            private int _version;

            public async Task RefreshAsync()
            {
                {|INTR110:Monitor.Enter(_gate)|};
                await Task.Delay(1);
                Monitor.Exit(_gate);
            }

            public int Version()
            {
                lock (_gate)
                {
                    return _version;
                }
            }
        }
        """);

    [Fact]
    public Task FieldAlsoEnteredFromSynchronousCode_IsNotFixed() => VerifyNoFix("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class ReportCache
        {
            private readonly object _gate = new();
            private int _version;

            public async Task RefreshAsync()
            {
                {|INTR110:Monitor.Enter(_gate)|};
                await Task.Delay(1);
                _version++;
                Monitor.Exit(_gate);
            }

            public void Reset()
            {
                Monitor.Enter(_gate);
                _version = 0;
                Monitor.Exit(_gate);
            }
        }
        """);

    [Fact]
    public Task TryEnterWithATimeout_IsNotFixed() => VerifyNoFix("""
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
    public Task ReaderWriterLockAcrossAwait_IsNotFixed() => VerifyNoFix("""
        using System.Threading;
        using System.Threading.Tasks;

        sealed class MigrationRunner
        {
            private readonly ReaderWriterLockSlim _schema = new();

            public async Task MigrateAsync()
            {
                {|INTR110:_schema.EnterWriteLock()|};
                await Task.Delay(10);
                _schema.ExitWriteLock();
            }
        }
        """);

    [Fact]
    public Task SleepInsideLock_IsNotFixed() => VerifyNoFix("""
        using System.Threading;

        sealed class SmsThrottle
        {
            private readonly object _gate = new();

            public void WaitForSlot()
            {
                lock (_gate)
                {
                    {|INTR110:Thread.Sleep(250)|};
                }
            }
        }
        """);

    private static Task VerifyNoFix(string source) => Verify.VerifyAsync(source, source);
}
