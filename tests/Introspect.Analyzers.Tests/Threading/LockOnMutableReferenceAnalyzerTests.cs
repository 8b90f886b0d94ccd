using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.LockOnMutableReferenceAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class LockOnMutableReferenceAnalyzerTests
{
    [Fact]
    public Task StaticFieldThatIsNotReadonly_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;

        public sealed class SmsGatewayClient
        {
            private static object _throttleGate = new();
            private static DateTime _lastSentUtc = DateTime.MinValue;

            private static void WaitForSendSlot(TimeSpan minimumGap)
            {
                lock ({|INTR108:_throttleGate|})
                {
                    var sinceLast = DateTime.UtcNow - _lastSentUtc;
                    if (sinceLast < minimumGap)
                    {
                        Thread.Sleep(minimumGap - sinceLast);
                    }

                    _lastSentUtc = DateTime.UtcNow;
                }
            }
        }
        """);

    [Fact]
    public async Task MessageForAMutableField_SaysToMakeItReadonly()
    {
        var test = new Verify.Test
        {
            TestCode = """
                public sealed class ExportCounter
                {
                    private object _gate = new();
                    private int _rows;

                    public void Add() { lock ({|#0:_gate|}) { _rows++; } }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR108", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments(
                "Make field '_gate' readonly, or lock on a readonly field",
                "once it is reassigned, threads lock different objects and run the critical section together"));
        await test.RunAsync();
    }

    [Fact]
    public Task FieldReplacedInsideItsOwnLock_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public sealed class BypassCache
        {
            private HashSet<int> _customerIds = [];

            public void Replace(IEnumerable<int> customerIds)
            {
                lock ({|INTR108:_customerIds|})
                {
                    _customerIds = new HashSet<int>(customerIds);
                }
            }

            public bool IsBypassed(int customerId)
            {
                lock ({|INTR108:_customerIds|})
                {
                    return _customerIds.Contains(customerId);
                }
            }
        }
        """);

    [Fact]
    public Task NewObjectInTheLockItself_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public sealed class FailedHostLog
        {
            private readonly List<string> _hosts = new();

            public void Add(string host)
            {
                lock ({|INTR108:new object()|})
                {
                    _hosts.Add(host);
                }
            }
        }
        """);

    [Fact]
    public Task LocalCreatedInTheSameMethod_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public sealed class RetentionJob
        {
            private readonly List<int> _deleted = new();

            public void Delete(int snapshotId)
            {
                var gate = new object();
                lock ({|INTR108:gate|})
                {
                    _deleted.Add(snapshotId);
                }
            }
        }
        """);

    [Fact]
    public Task LocalCreatedInsideEachParallelIteration_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public sealed class MonitoringPush
        {
            public List<string> Push(string[] hosts)
            {
                var failed = new List<string>();
                Parallel.ForEach(hosts, host =>
                {
                    var gate = new object();
                    lock ({|INTR108:gate|})
                    {
                        failed.Add(host);
                    }
                });

                return failed;
            }
        }
        """);

    [Fact]
    public Task MonitorEnterOnNewObject_Triggers() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class ExportCounter
        {
            private int _rows;

            public void Add(int rows)
            {
                var gate = new object();
                Monitor.Enter({|INTR108:gate|});
                try { _rows += rows; }
                finally { Monitor.Exit(gate); }
            }
        }
        """);

    [Fact]
    public Task SettableAutoPropertyAndPropertyThatCreatesObjects_Trigger() => Verify.VerifyAsync("""
        public sealed class ProxyBalancer
        {
            private object Gate { get; set; } = new();
            private object FreshGate => new object();
            private int _moves;

            public void Move()
            {
                lock ({|INTR108:Gate|})
                {
                    _moves++;
                }

                lock ({|INTR108:FreshGate|})
                {
                    _moves++;
                }
            }
        }
        """);

    [Fact]
    public Task LockTypeFieldThatIsNotReadonly_Triggers() => Verify.VerifyAsync("""
        using System.Threading;

        public sealed class SessionCache
        {
            private Lock _gate = new();
            private string? _token;

            public void Store(string token)
            {
                lock ({|INTR108:_gate|})
                {
                    _token = token;
                }
            }
        }
        """);
}
