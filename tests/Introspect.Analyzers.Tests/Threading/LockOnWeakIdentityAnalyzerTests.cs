using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.LockOnWeakIdentityAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class LockOnWeakIdentityAnalyzerTests
{
    [Fact]
    public Task LockOnThisInPublicSingleton_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public sealed class BackupThrottleBypassCache
        {
            private HashSet<int> _customerIds = [];

            public bool IsBypassed(int customerId)
            {
                lock ({|INTR107:this|})
                {
                    return _customerIds.Contains(customerId);
                }
            }
        }
        """);

    [Fact]
    public async Task MessageForABoxedValue_NamesTheTypeAndTheConsequence()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Threading;

                public sealed class HostCounter
                {
                    private long _hosts;

                    public void Touch() { Monitor.Enter({|#0:_hosts|}); Monitor.Exit(_hosts); }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR107", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments(
                "a value of type 'long'",
                "Monitor boxes it into a new object on every call, so the lock excludes nothing and Monitor.Exit throws"));
        await test.RunAsync();
    }

    [Fact]
    public Task LockOnThisInInternalClass_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        internal sealed class ProxyAssignments
        {
            private readonly Dictionary<int, int> _hostToProxy = new();

            public void Assign(int hostId, int proxyId)
            {
                lock ({|INTR107:this|})
                {
                    _hostToProxy[hostId] = proxyId;
                }
            }
        }
        """);

    [Fact]
    public Task LockOnThisInsideLambda_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        public sealed class UsageCounter
        {
            private long _records;

            public Task CountAsync(int[] batches) =>
                Parallel.ForEachAsync(batches, (batch, _) =>
                {
                    lock ({|INTR107:this|})
                    {
                        _records += batch;
                    }

                    return ValueTask.CompletedTask;
                });
        }
        """);

    [Fact]
    public Task LockOnTypeofInStaticRegistry_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public static class CronRegistry
        {
            private static readonly List<string> Schedules = new();

            public static void Add(string cron)
            {
                lock ({|INTR107:typeof(CronRegistry)|})
                {
                    Schedules.Add(cron);
                }
            }
        }
        """);

    [Fact]
    public Task LockOnGetTypeAndCurrentMethod_Triggers() => Verify.VerifyAsync("""
        using System.Reflection;

        public class ExportJob
        {
            private int _runs;

            public void Run()
            {
                lock ({|INTR107:GetType()|})
                {
                    _runs++;
                }

                lock ({|INTR107:MethodBase.GetCurrentMethod()!|})
                {
                    _runs++;
                }
            }
        }
        """);

    [Fact]
    public Task LockOnStringLiteralAndConstant_Triggers() => Verify.VerifyAsync("""
        public sealed class InvoiceExporter
        {
            private const string ExportLock = "invoice-export";
            private int _exported;

            public void ExportOne()
            {
                lock ({|INTR107:"invoice-export"|})
                {
                    _exported++;
                }
            }

            public void ExportBatch()
            {
                lock ({|INTR107:ExportLock|})
                {
                    _exported += 10;
                }
            }
        }
        """);

    [Fact]
    public Task LockOnStringKeyPerCustomer_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public sealed class SnapshotQuota
        {
            private readonly Dictionary<string, int> _used = new();

            public void Consume(string customerId)
            {
                lock ({|INTR107:customerId|})
                {
                    _used[customerId] = _used.GetValueOrDefault(customerId) + 1;
                }
            }
        }
        """);

    [Fact]
    public Task LockOnPublicStaticSyncRootField_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public static class MaintenanceCalendar
        {
            public static readonly object SyncRoot = new();
            private static readonly List<string> Windows = new();

            public static void Plan(string window)
            {
                lock ({|INTR107:SyncRoot|})
                {
                    Windows.Add(window);
                }
            }
        }
        """);

    [Fact]
    public Task LockOnPublicPropertyOfAnotherType_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public sealed class AlertOutbox
        {
            public static AlertOutbox Instance { get; } = new();
            public List<string> Pending { get; } = new();
        }

        public sealed class AlertDispatcher
        {
            public void Enqueue(string alert)
            {
                lock ({|INTR107:AlertOutbox.Instance|})
                {
                    AlertOutbox.Instance.Pending.Add(alert);
                }
            }
        }
        """);

    [Fact]
    public Task PublicFieldThatIsNotReadonly_TriggersAsPublicMember() => Verify.VerifyAsync("""
        public sealed class RetentionSettings
        {
            public object Gate = new();
            private int _days = 30;

            public void Extend()
            {
                lock ({|INTR107:Gate|})
                {
                    _days++;
                }
            }
        }
        """);

    [Fact]
    public Task MonitorEnterAndTryEnterOnThis_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;

        public sealed class StorageTokenCache
        {
            private string? _token;

            public void Set(string token)
            {
                Monitor.Enter({|INTR107:this|});
                try { _token = token; }
                finally { Monitor.Exit(this); }
            }

            public bool TrySet(string token)
            {
                var taken = false;
                Monitor.TryEnter({|INTR107:this|}, TimeSpan.FromSeconds(1), ref taken);
                if (!taken) return false;
                try { _token = token; return true; }
                finally { Monitor.Exit(this); }
            }
        }
        """);

    [Fact]
    public Task MonitorEnterOnValueType_Triggers() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class HostCounter
        {
            private int _hosts;

            public void Increment()
            {
                Monitor.Enter({|INTR107:_hosts|});
                try { _hosts++; }
                finally { Monitor.Exit(_hosts); }
            }
        }
        """);

    [Fact]
    public Task LockOnCurrentThread_Triggers() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class WorkerState
        {
            private int _ticks;

            public void Tick()
            {
                lock ({|INTR107:Thread.CurrentThread|})
                {
                    _ticks++;
                }
            }
        }
        """);

    // Monitor calls are found from the file's text: every way of naming the method must still be found.
    [Fact]
    public Task MonitorEnterThroughUsingStaticAliasAndLineBreak_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using static System.Threading.Monitor;
        using Gate = System.Threading.Monitor;

        public sealed class QuotaTracker
        {
            private int _used;

            public void Consume()
            {
                Enter({|INTR107:this|});
                try { _used++; }
                finally { Exit(this); }
            }

            public void Refund()
            {
                Gate.Enter({|INTR107:this|});
                try { _used--; }
                finally { Gate.Exit(this); }
            }

            public void Reset()
            {
                System.Threading.Monitor.TryEnter
                    ({|INTR107:this|});
                try { _used = 0; }
                finally { Monitor.Exit(this); }
            }
        }
        """);

    [Fact]
    public Task MonitorEnterInsideLambdaOfFieldInitializer_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;

        public sealed class MaintenanceWindow
        {
            private readonly Action _open;
            private bool _isOpen;

            public MaintenanceWindow() => _open = () =>
            {
                Monitor.Enter({|INTR107:this|});
                try { _isOpen = true; }
                finally { Monitor.Exit(this); }
            };

            public bool IsOpen => _isOpen;
        }
        """);
}
