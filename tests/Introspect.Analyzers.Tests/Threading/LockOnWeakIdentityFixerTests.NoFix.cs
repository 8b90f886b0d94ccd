using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.LockOnWeakIdentityAnalyzer,
    Introspect.CodeFixes.Threading.LockOnWeakIdentityFixer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Locks the INTR107 fix must not rewrite, because the rewrite could split a critical section.</summary>
public sealed partial class LockOnWeakIdentityFixerTests
{
    [Fact]
    public Task MonitorCallOnTheSameInstance_OffersNoFix() => VerifyNoFixAsync("""
        using System.Threading;

        public sealed class AlertQueue
        {
            private int _pending;

            public void Add()
            {
                lock ({|INTR107:this|})
                {
                    _pending++;
                    Monitor.PulseAll(this);
                }
            }
        }
        """);

    [Fact]
    public Task OtherCodeLockingTheSameInstance_OffersNoFix() => VerifyNoFixAsync("""
        public sealed class MaintenancePlan
        {
            public int Windows;

            public void Add()
            {
                lock ({|INTR107:this|}) { Windows++; }
            }
        }

        public static class MaintenanceReport
        {
            public static int Snapshot(MaintenancePlan plan)
            {
                lock (plan) { return plan.Windows; }
            }
        }
        """);

    [Fact]
    public Task BaseClassLockingThis_OffersNoFix() => VerifyNoFixAsync("""
        public class JobBase
        {
            protected int Runs;

            protected void Count()
            {
                lock ({|INTR107:this|}) { Runs++; }
            }
        }

        public sealed class ExportJob : JobBase
        {
            public void Reset()
            {
                lock ({|INTR107:this|}) { Runs = 0; }
            }
        }
        """);

    [Fact]
    public Task SynchronizedMethodInTheType_OffersNoFix() => VerifyNoFixAsync("""
        using System.Runtime.CompilerServices;

        public sealed class RetentionState
        {
            private int _deleted;

            [MethodImpl(MethodImplOptions.Synchronized)]
            public void Delete() => _deleted++;

            public int Read()
            {
                lock ({|INTR107:this|}) { return _deleted; }
            }
        }
        """);

    [Fact]
    public Task SameStringLockedByAnotherType_OffersNoFix() => VerifyNoFixAsync("""
        public sealed class UsageExport
        {
            private int _runs;

            public void Run()
            {
                lock ({|INTR107:"usage"|}) { _runs++; }
            }
        }

        public sealed class UsageImport
        {
            private int _runs;

            public void Run()
            {
                lock ({|INTR107:"usage"|}) { _runs++; }
            }
        }
        """);

    [Fact]
    public Task StringBuiltAtRunTime_OffersNoFix() => VerifyNoFixAsync("""
        public sealed class SnapshotQuota
        {
            private int _used;

            public void Consume(string customerId)
            {
                lock ({|INTR107:customerId|}) { _used++; }
            }
        }
        """);

    [Fact]
    public Task MonitorEnterAndPublicField_OfferNoFix() => VerifyNoFixAsync("""
        using System.Threading;

        public sealed class SessionCache
        {
            public static readonly object SyncRoot = new();
            private string? _token;

            public void Store(string token)
            {
                Monitor.Enter({|INTR107:this|});
                try { _token = token; }
                finally { Monitor.Exit(this); }

                lock ({|INTR107:SyncRoot|}) { _token = null; }
            }
        }
        """);

    private static Task VerifyNoFixAsync(string source) => Verify.VerifyAsync(source, source);
}
