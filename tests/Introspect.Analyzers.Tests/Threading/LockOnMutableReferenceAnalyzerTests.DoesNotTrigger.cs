using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.LockOnMutableReferenceAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Look-alike correct code that INTR108 must leave alone.</summary>
public sealed partial class LockOnMutableReferenceAnalyzerTests
{
    [Fact]
    public Task ReadonlyFieldsAndLockField_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class SyncStatistics
        {
            private static readonly object s_gate = new();
            private readonly object _gate = new();
            private readonly Lock _statsGate = new();
            private int _runs;

            public void Record()
            {
                lock (_gate) { _runs++; }
                lock (s_gate) { _runs++; }
                lock (_statsGate) { _runs++; }
            }
        }
        """);

    [Fact]
    public Task FieldAssignedOnlyInConstructorButReadonly_DoesNotTrigger() => Verify.VerifyAsync("""
        public sealed class TokenRefresher
        {
            private readonly object _gate;
            private string? _token;

            public TokenRefresher(object sharedGate) => _gate = sharedGate;

            public void Refresh(string token)
            {
                lock (_gate) { _token = token; }
            }
        }
        """);

    [Fact]
    public Task LocalCopyOfReadonlyFieldOrPerKeyGate_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;

        public sealed class SnapshotSlots
        {
            private readonly object _gate = new();
            private readonly ConcurrentDictionary<string, object> _clusterGates = new();
            private int _reserved;

            public void Reserve(string cluster)
            {
                var gate = _gate;
                lock (gate) { _reserved++; }

                var clusterGate = _clusterGates.GetOrAdd(cluster, _ => new object());
                lock (clusterGate) { _reserved++; }
            }
        }
        """);

    [Fact]
    public Task LocalSharedByParallelIterations_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public sealed class MonitoringPush
        {
            public List<string> Push(string[] hosts)
            {
                var failed = new List<string>();
                var gate = new object();
                Parallel.ForEach(hosts, host =>
                {
                    lock (gate)
                    {
                        failed.Add(host);
                    }
                });

                return failed;
            }
        }
        """);

    [Fact]
    public Task LocalSharedWithAWorkerThreadOrHelper_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class BackupWorker
        {
            private int _done;

            public void Run()
            {
                var gate = new object();
                var worker = new Thread(() => { lock (gate) { _done++; } });
                worker.Start();
                lock (gate) { _done++; }
                worker.Join();
            }

            public void RunWithHelper()
            {
                var gate = new object();
                StartHelper(gate);
                lock (gate) { _done++; }
            }

            private void StartHelper(object gate) => ThreadPool.QueueUserWorkItem(_ => { lock (gate) { _done++; } });
        }
        """);

    [Fact]
    public Task ParameterGivenByTheCaller_DoesNotTrigger() => Verify.VerifyAsync("""
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

        public sealed class Export(object gate)
        {
            private int _rows;

            public void Add() { lock (gate) { _rows++; } }
        }
        """);

    [Fact]
    public Task GetOnlyAndInitOnlyAutoProperties_DoNotTrigger() => Verify.VerifyAsync("""
        public sealed class MaintenanceMailer
        {
            private object Gate { get; } = new();
            private object OtherGate { get; init; } = new();
            private object SyncRoot => Gate;
            private int _sent;

            public void Send()
            {
                lock (Gate) { _sent++; }
                lock (OtherGate) { _sent++; }
                lock (SyncRoot) { _sent++; }
            }
        }
        """);

    [Fact]
    public Task ElementOfReadonlyLockStripes_DoesNotTrigger() => Verify.VerifyAsync("""
        public sealed class UsageRollup
        {
            private readonly object[] _stripes = [new(), new(), new(), new()];
            private readonly long[] _totals = new long[4];

            public void Add(int customerId, long units)
            {
                var stripe = customerId & 3;
                lock (_stripes[stripe])
                {
                    _totals[stripe] += units;
                }
            }
        }
        """);

    [Fact]
    public Task MonitorWaitAndPulseOnReadonlyGate_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;

        public sealed class AlertQueue
        {
            private readonly object _gate = new();
            private readonly Queue<string> _alerts = new();

            public void Enqueue(string alert)
            {
                lock (_gate)
                {
                    _alerts.Enqueue(alert);
                    Monitor.Pulse(_gate);
                }
            }

            public string Dequeue()
            {
                lock (_gate)
                {
                    while (_alerts.Count == 0)
                    {
                        Monitor.Wait(_gate);
                    }

                    return _alerts.Dequeue();
                }
            }
        }
        """);
}
