using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.CheckThenActOnConcurrentCollectionAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Look-alike correct code that INTR126 must leave alone.</summary>
public sealed partial class CheckThenActOnConcurrentCollectionAnalyzerTests
{
    [Fact]
    public Task OneStepMethods_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;
        using System.Threading;

        public sealed class Slots
        {
            private readonly ConcurrentDictionary<string, SemaphoreSlim> _slots = new();
            private readonly ConcurrentDictionary<string, int> _counts = new();

            public SemaphoreSlim For(string cluster) => _slots.GetOrAdd(cluster, _ => new SemaphoreSlim(2, 2));

            public void Count(string cluster)
            {
                _counts.AddOrUpdate(cluster, 1, (_, count) => count + 1);
                if (_counts.TryGetValue(cluster, out var current))
                {
                    _counts.TryUpdate(cluster, current + 1, current);
                }

                if (!_counts.ContainsKey(cluster))
                {
                    _counts.GetOrAdd(cluster, 0);
                }
            }
        }
        """);

    [Fact]
    public Task CheckAndChangeUnderALock_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;

        public sealed class Registry
        {
            private readonly object _gate = new();
            private readonly ConcurrentDictionary<string, int> _ports = new();

            public void Register(string host, int port)
            {
                lock (_gate)
                {
                    if (!_ports.ContainsKey(host))
                    {
                        _ports[host] = port;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task DifferentKeyOrDifferentDictionary_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;

        public sealed class Mirror
        {
            private readonly ConcurrentDictionary<string, int> _primary = new();
            private readonly ConcurrentDictionary<string, int> _replica = new();

            public void Copy(string host, string alias, int port)
            {
                if (!_primary.ContainsKey(host))
                {
                    _replica[host] = port;
                    _primary[alias] = port;
                    _primary["fallback"] = port;
                }
            }
        }
        """);

    [Fact]
    public Task ReadOnlyFollowUps_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Concurrent;

        public sealed class Lookup
        {
            private readonly ConcurrentDictionary<int, string> _names = new();

            public string Name(int id)
            {
                if (_names.ContainsKey(id))
                {
                    Console.WriteLine(_names[id]);
                }

                return _names.TryGetValue(id, out var name) ? name : "unknown";
            }
        }
        """);

    [Fact]
    public Task UnconditionalWriteAfterANonLeavingIf_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Concurrent;

        public sealed class LastSeen
        {
            private readonly ConcurrentDictionary<string, DateTime> _seen = new();

            public void Touch(string host)
            {
                if (_seen.ContainsKey(host))
                {
                    Console.WriteLine("again");
                }

                _seen[host] = DateTime.UtcNow;
            }
        }
        """);

    [Fact]
    public Task PlainDictionaryAndDeferredLambda_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;

        public sealed class Local
        {
            private readonly ConcurrentDictionary<string, int> _shared = new();

            public Action Prepare(string key)
            {
                var map = new Dictionary<string, int>();
                if (!map.ContainsKey(key))
                {
                    map[key] = 1;
                }

                if (!_shared.ContainsKey(key))
                {
                    return () => _shared[key] = 2;
                }

                return () => { };
            }
        }
        """);

    [Theory]
    [InlineData("using System.Collections.Concurrent; class C { ConcurrentDictionary<int,int> d = new(); void M(int k) { if (!d.ContainsKey(k)) d[k] = ; } }")]
    [InlineData("using System.Collections.Concurrent; class C { ConcurrentDictionary<int,int> d = new(); void M(int k) { if (d.TryGetValue(k, out var v) { d.TryRemove(k, out _); } } }")]
    [InlineData("class C { void M(int k) { if (!Missing.ContainsKey(k)) Missing[k] = 1; } }")]
    [InlineData("using System.Collections.Concurrent; class C { ConcurrentDictionary<int,int> d = new(); void M() { if (d.ContainsKey()) d.TryAdd(); } }")]
    [InlineData("using System.Collections.Concurrent; class C { ConcurrentDictionary<int,int> d = new(); void M(int k) { if (d.ContainsKey(k)) return; d[k] = 1; Missing(); } }")]
    public Task BrokenCode_DoesNotThrow(string source) =>
        BrokenCode.AssertNoAnalyzerExceptionAsync(new Introspect.Analyzers.Threading.CheckThenActOnConcurrentCollectionAnalyzer(), source);
}
