using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.LockOnWeakIdentityAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Look-alike correct code that INTR107 must leave alone.</summary>
public sealed partial class LockOnWeakIdentityAnalyzerTests
{
    [Fact]
    public Task PrivateReadonlyGateFields_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public sealed class SyncStatistics
        {
            private static readonly object s_registryGate = new();
            private static readonly List<SyncStatistics> s_all = new();
            private readonly object _gate = new();
            private int _consecutiveFailures;

            public SyncStatistics()
            {
                lock (s_registryGate)
                {
                    s_all.Add(this);
                }
            }

            public int Record(bool failed)
            {
                lock (_gate)
                {
                    _consecutiveFailures = failed ? _consecutiveFailures + 1 : 0;
                    return _consecutiveFailures;
                }
            }
        }
        """);

    [Fact]
    public Task SystemThreadingLockField_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class ProxyLoad
        {
            private readonly Lock _gate = new();
            private int _hosts;

            public void Add(int hosts)
            {
                lock (_gate)
                {
                    _hosts += hosts;
                }
            }
        }
        """);

    [Fact]
    public Task LockOnThisInPrivateNestedOrFileLocalClass_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public sealed class RaidInstallTracker
        {
            private readonly Dictionary<int, Progress> _byServer = new();

            private sealed class Progress
            {
                private int _steps;

                public void Advance()
                {
                    lock (this)
                    {
                        _steps++;
                    }
                }
            }
        }

        file sealed class LocalBuffer
        {
            private readonly List<string> _lines = new();

            public void Add(string line)
            {
                lock (this)
                {
                    _lines.Add(line);
                }
            }
        }
        """);

    [Fact]
    public Task PublicFieldOfPrivateNestedType_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;

        public sealed class SnapshotSlots
        {
            private readonly ConcurrentDictionary<string, Cluster> _clusters = new();

            public void Reserve(string cluster)
            {
                var entry = _clusters.GetOrAdd(cluster, _ => new Cluster());
                lock (entry.Gate)
                {
                    entry.Reserved++;
                }
            }

            private sealed class Cluster
            {
                public readonly object Gate = new();
                public int Reserved;
            }
        }
        """);

    [Fact]
    public Task InternalAndProtectedLockFields_DoNotTrigger() => Verify.VerifyAsync("""
        public abstract class PollingJob
        {
            protected readonly object StateGate = new();
            internal static readonly object SharedScheduleGate = new();
            protected int Polls;
        }

        public sealed class StoragePollingJob : PollingJob
        {
            public void Poll()
            {
                lock (StateGate)
                {
                    Polls++;
                }

                lock (SharedScheduleGate)
                {
                    Polls++;
                }
            }
        }
        """);

    [Fact]
    public Task LockOnFrameworkSyncRootAndPerKeyGate_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections;
        using System.Collections.Concurrent;

        public sealed class HostInventory
        {
            private readonly ArrayList _legacyHosts = new();
            private readonly ConcurrentDictionary<string, object> _gatesByHost = new();

            public void AddLegacy(string host)
            {
                lock (_legacyHosts.SyncRoot)
                {
                    _legacyHosts.Add(host);
                }
            }

            public void Refresh(string host)
            {
                lock (_gatesByHost.GetOrAdd(host, _ => new object()))
                {
                    _legacyHosts.Remove(host);
                }
            }
        }
        """);

    [Fact]
    public Task MonitorOnPrivateGateAndGenericItem_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class BackupQueue<T>
        {
            private readonly object _gate = new();
            private int _waiting;

            public void Wait()
            {
                Monitor.Enter(_gate);
                try
                {
                    _waiting++;
                    Monitor.Wait(_gate);
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }

            public static void Touch(T item)
            {
                if (Monitor.TryEnter(item!))
                {
                    Monitor.Exit(item!);
                }
            }
        }
        """);

    [Fact]
    public Task LockOnCallerSuppliedObject_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;

        public static class Critical
        {
            public static void Run(object gate, Action action)
            {
                lock (gate)
                {
                    action();
                }
            }
        }
        """);

    [Fact]
    public Task LockOnOwnedPrivateCollection_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public sealed class PendingAlerts
        {
            private readonly List<string> _pending = new();

            public void Add(string alert)
            {
                lock (_pending)
                {
                    _pending.Add(alert);
                }
            }
        }
        """);

    [Fact]
    public Task PublicFieldOfInternalClass_DoesNotTrigger() => Verify.VerifyAsync("""
        internal sealed class ExportState
        {
            public readonly object Gate = new();
            public int Rows;
        }

        internal sealed class ExportWriter
        {
            private readonly ExportState _state = new();

            public void Write()
            {
                lock (_state.Gate)
                {
                    _state.Rows++;
                }
            }
        }
        """);

    [Fact]
    public Task LockOnGateReturnedByAStripingHelper_DoesNotTrigger() => Verify.VerifyAsync("""
        public sealed class UsageTotals
        {
            private readonly object[] _stripes = [new(), new(), new(), new()];
            private readonly long[] _totals = new long[4];

            public void Add(int customerId, long units)
            {
                lock (StripeFor(customerId))
                {
                    _totals[customerId & 3] += units;
                }
            }

            private object StripeFor(int customerId) => _stripes[customerId & 3];
        }
        """);

    [Fact]
    public Task LockOnGateFromAPublicIndexer_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;

        public sealed class ServerGates
        {
            private readonly ConcurrentDictionary<int, object> _gates = new();

            public object this[int serverId] => _gates.GetOrAdd(serverId, _ => new object());
        }

        public sealed class RaidInstaller(ServerGates gates)
        {
            private int _installs;

            public void Install(int serverId)
            {
                lock (gates[serverId])
                {
                    _installs++;
                }
            }
        }
        """);

    [Fact]
    public Task LockOnThisInGeneratedCode_DoesNotTrigger() => Verify.VerifyAsync("""
        // <auto-generated/>
        public sealed partial class GeneratedClient
        {
            private int _calls;

            public void Call()
            {
                lock (this)
                {
                    _calls++;
                }
            }
        }
        """);

    [Fact]
    public Task LockOnUnresolvedName_DoesNotTrigger() => Verify.VerifyAsync("""
        public sealed class Broken
        {
            public void Run()
            {
                lock ({|CS0103:MissingGate|})
                {
                }
            }
        }
        """);

    // The text search for Monitor calls meets many look-alikes; none of them is a lock.
    [Fact]
    public Task EnterLookAlikesOnThis_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class MaintenanceGate
        {
            private readonly ReaderWriterLockSlim _rw = new();
            private readonly object _gate = new();

            // Monitor.Enter(this) would be wrong here, says this comment.
            public string Describe() => "call Monitor.Enter(this) only in tests";

            public void Enter(object owner) { }

            public void Open()
            {
                Enter(this);
                this.Enter(this);
                _rw.EnterReadLock();
                try { } finally { _rw.ExitReadLock(); }
                Monitor.Enter(_gate);
                try { } finally { Monitor.Exit(_gate); }
            }
        }
        """);
}
