using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.LockOnMutableReferenceAnalyzer,
    Introspect.CodeFixes.Threading.LockOnMutableReferenceFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class LockOnMutableReferenceFixerTests
{
    [Fact]
    public Task StaticFieldSetOnlyByItsInitializer_BecomesReadonly() => Verify.VerifyAsync(
        """
        using System;

        public sealed class SmsGatewayClient
        {
            // Typed clients are transient, so the send rate is tracked per process.
            private static object _throttleGate = new();
            private static DateTime _lastSentUtc = DateTime.MinValue;

            public static void MarkSent()
            {
                lock ({|INTR108:_throttleGate|})
                {
                    _lastSentUtc = DateTime.UtcNow;
                }
            }
        }
        """,
        """
        using System;

        public sealed class SmsGatewayClient
        {
            // Typed clients are transient, so the send rate is tracked per process.
            private static readonly object _throttleGate = new();
            private static DateTime _lastSentUtc = DateTime.MinValue;

            public static void MarkSent()
            {
                lock (_throttleGate)
                {
                    _lastSentUtc = DateTime.UtcNow;
                }
            }
        }
        """);

    [Fact]
    public Task FieldSetInConstructorsAndInitAccessor_BecomesReadonly() => Verify.VerifyAsync(
        """
        public sealed class TokenRefresher
        {
            private object _gate;
            private string? _token;

            public TokenRefresher() => _gate = new object();

            public TokenRefresher(object sharedGate) => this._gate = sharedGate;

            public object Gate { init => _gate = value; }

            public void Refresh(string token)
            {
                lock ({|INTR108:_gate|}) { _token = token; }
            }
        }
        """,
        """
        public sealed class TokenRefresher
        {
            private readonly object _gate;
            private string? _token;

            public TokenRefresher() => _gate = new object();

            public TokenRefresher(object sharedGate) => this._gate = sharedGate;

            public object Gate { init => _gate = value; }

            public void Refresh(string token)
            {
                lock (_gate) { _token = token; }
            }
        }
        """);

    [Fact]
    public Task FieldWithoutModifiers_GetsReadonlyInFront() => Verify.VerifyAsync(
        """
        public sealed class ExportCounter
        {
            object _gate = new();
            int _rows;

            public void Add()
            {
                lock ({|INTR108:_gate|}) { _rows++; }
            }
        }
        """,
        """
        public sealed class ExportCounter
        {
            readonly object _gate = new();
            int _rows;

            public void Add()
            {
                lock (_gate) { _rows++; }
            }
        }
        """);

    [Fact]
    public Task SeveralLocksOnSeveralFields_AreFixedTogether() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;

        public sealed class ProxyBalancer
        {
            private List<int> _moves = new();
            private static object _planGate = new();

            public void Plan(int host)
            {
                lock ({|INTR108:_planGate|}) { lock ({|INTR108:_moves|}) { _moves.Add(host); } }
            }

            public int Count()
            {
                lock ({|INTR108:_moves|}) { return _moves.Count; }
            }
        }
        """,
        """
        using System.Collections.Generic;

        public sealed class ProxyBalancer
        {
            private readonly List<int> _moves = new();
            private static readonly object _planGate = new();

            public void Plan(int host)
            {
                lock (_planGate) { lock (_moves) { _moves.Add(host); } }
            }

            public int Count()
            {
                lock (_moves) { return _moves.Count; }
            }
        }
        """);

    [Fact]
    public Task NullableFieldLockedWithSuppression_BecomesReadonly() => Verify.VerifyAsync(
        """
        public sealed class StorageTokenProvider
        {
            private object? _refreshGate;
            private string? _token;

            public StorageTokenProvider(bool shared, object? gate) => _refreshGate = shared ? gate : new object();

            public void Store(string token)
            {
                lock ({|INTR108:_refreshGate!|}) { _token = token; }
            }
        }
        """,
        """
        public sealed class StorageTokenProvider
        {
            private readonly object? _refreshGate;
            private string? _token;

            public StorageTokenProvider(bool shared, object? gate) => _refreshGate = shared ? gate : new object();

            public void Store(string token)
            {
                lock (_refreshGate!) { _token = token; }
            }
        }
        """);

    [Fact]
    public Task FieldReassignedInAMethod_OffersNoFix() => VerifyNoFixAsync("""
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
        }
        """);

    [Fact]
    public Task FieldAssignedInALambdaInTheConstructor_OffersNoFix() => VerifyNoFixAsync("""
        using System;

        public sealed class LazyGate
        {
            private object? _gate;
            private readonly Action _reset;
            private int _uses;

            public LazyGate() => _reset = () => _gate = new object();

            public void Use()
            {
                lock ({|INTR108:_gate!|}) { _uses++; }
            }
        }
        """);

    [Fact]
    public Task FieldSwappedThroughInterlocked_OffersNoFix() => VerifyNoFixAsync("""
        using System.Threading;

        public sealed class SessionRotation
        {
            private object _session = new();
            private int _uses;

            public void Rotate() => Interlocked.Exchange(ref _session, new object());

            public void Use()
            {
                lock ({|INTR108:_session|}) { _uses++; }
            }
        }
        """);

    [Fact]
    public Task FieldSetByAnotherTypesInitializer_OffersNoFix() => VerifyNoFixAsync("""
        public sealed class ReportState
        {
            internal object Gate = new();
            private int _rows;

            public void Add()
            {
                lock ({|INTR108:Gate|}) { _rows++; }
            }
        }

        public static class ReportFactory
        {
            public static ReportState Create(object sharedGate) => new() { Gate = sharedGate };
        }
        """);

    [Fact]
    public Task VolatileField_OffersNoFix() => VerifyNoFixAsync("""
        public sealed class Heartbeat
        {
            private volatile object _gate = new();
            private int _beats;

            public void Beat()
            {
                lock ({|INTR108:_gate|}) { _beats++; }
            }
        }
        """);

    [Fact]
    public Task NewObjectAndFreshLocal_OfferNoFix() => VerifyNoFixAsync("""
        public sealed class RetentionJob
        {
            private int _deleted;

            public void Delete()
            {
                lock ({|INTR108:new object()|}) { _deleted++; }

                var gate = new object();
                lock ({|INTR108:gate|}) { _deleted++; }
            }
        }
        """);

    [Fact]
    public Task DeclarationSharedWithAReassignedField_OffersNoFix() => VerifyNoFixAsync("""
        public sealed class ExportRun
        {
            private object _gate = new(), _current = new();
            private int _rows;

            public void Next() => _current = new object();

            public void Add()
            {
                lock ({|INTR108:_gate|}) { _rows++; }
            }
        }
        """);

    private static Task VerifyNoFixAsync(string source) => Verify.VerifyAsync(source, source);
}
