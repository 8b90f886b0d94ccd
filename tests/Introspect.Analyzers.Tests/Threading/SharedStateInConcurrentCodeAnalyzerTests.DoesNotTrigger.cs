using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.SharedStateInConcurrentCodeAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Look-alike correct code that INTR120 must leave alone.</summary>
public sealed partial class SharedStateInConcurrentCodeAnalyzerTests
{
    // A tick that finds the previous one still running returns at once: the callback never runs on two threads.
    [Fact]
    public Task TimerCallbacksThatSkipOverlappingTicks_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading;

        public sealed class QueueWatcher : IDisposable
        {
            private readonly Dictionary<string, DateTime> _lastAlert = new();
            private readonly List<string> _seen = new();
            private readonly object _gate = new();
            private readonly System.Timers.Timer _check = new(1000);
            private readonly Timer _sweep;
            private int _running;

            public QueueWatcher()
            {
                _check.Elapsed += OnElapsed;
                _sweep = new Timer(_ =>
                {
                    if (!Monitor.TryEnter(_gate))
                    {
                        return;
                    }

                    try
                    {
                        _seen.Clear();
                    }
                    finally
                    {
                        Monitor.Exit(_gate);
                    }
                }, null, 0, 1000);
            }

            private void OnElapsed(object? sender, System.Timers.ElapsedEventArgs e)
            {
                if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
                {
                    return;
                }

                try
                {
                    _lastAlert["backups"] = e.SignalTime;
                }
                finally
                {
                    Volatile.Write(ref _running, 0);
                }
            }

            public void Dispose()
            {
                _check.Dispose();
                _sweep.Dispose();
            }
        }
        """);

    [Fact]
    public Task LocalDeclaredInsideTheBody_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Text;
        using System.Threading.Tasks;

        public static class Reports
        {
            public static void Build(string[] hosts) =>
                Parallel.ForEach(hosts, host =>
                {
                    var lines = new List<string>();
                    var text = new StringBuilder();
                    lines.Add(host);
                    text.Append(host);
                });
        }
        """);

    [Fact]
    public Task PerIterationItemIsChanged_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public sealed class Batch
        {
            public List<int> Ids { get; } = new();
        }

        public static class Batches
        {
            public static void Fill(Batch[] batches) =>
                Parallel.ForEach(batches, (batch, state) => batch.Ids.Add(1));
        }
        """);

    [Fact]
    public Task ConcurrentCollections_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Concurrent;
        using System.Linq;
        using System.Threading.Channels;
        using System.Threading.Tasks;

        public sealed class Collector
        {
            private readonly ConcurrentDictionary<string, int> _counts = new();

            public async Task CollectAsync(string[] hosts)
            {
                var bag = new ConcurrentBag<string>();
                var queue = new ConcurrentQueue<string>();
                var channel = Channel.CreateUnbounded<string>();
                Parallel.ForEach(hosts, host =>
                {
                    bag.Add(host);
                    queue.Enqueue(host);
                    _counts.AddOrUpdate(host, 1, (_, count) => count + 1);
                    channel.Writer.TryWrite(host);
                });
                await Task.WhenAll(hosts.Select(async host => { await Task.Yield(); bag.Add(host); }));
            }
        }
        """);

    [Fact]
    public Task ChangesUnderLockMonitorOrSemaphore_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class GuardedCollector
        {
            private readonly object _gate = new();
            private readonly Lock _scopeGate = new();
            private readonly SemaphoreSlim _slot = new(1, 1);
            private readonly List<string> _results = new();

            public async Task CollectAsync(string[] hosts)
            {
                var seen = new HashSet<string>();
                Parallel.ForEach(hosts, host =>
                {
                    lock (_gate) { _results.Add(host); }
                    Monitor.Enter(_gate);
                    try { seen.Add(host); } finally { Monitor.Exit(_gate); }
                    using (_scopeGate.EnterScope()) { _results.Remove(host); }
                });
                await Task.WhenAll(hosts.Select(async host =>
                {
                    await _slot.WaitAsync();
                    try { _results.Add(host); } finally { _slot.Release(); }
                }));
            }
        }
        """);

    [Fact]
    public Task SequentialAndAwaitedLoops_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public sealed class Sequential
        {
            private readonly List<string> _done = new();

            public async Task RunAsync(string[] hosts)
            {
                var results = new List<int>();
                foreach (var host in hosts)
                {
                    results.Add(await Task.FromResult(host.Length));
                }

                foreach (var host in hosts)
                {
                    await Task.Run(() => _done.Add(host));
                    await Task.Run(() => results.Add(host.Length)).ConfigureAwait(false);
                }

                hosts.ToList().ForEach(host => _done.Add(host));
            }
        }
        """);

    [Fact]
    public Task TaskRunMutatingItsOwnLocal_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Text;
        using System.Threading.Tasks;

        public static class Background
        {
            public static Task<string> RenderAsync(string[] lines) => Task.Run(() =>
            {
                var text = new StringBuilder();
                var seen = new HashSet<string>();
                foreach (var line in lines)
                {
                    if (seen.Add(line)) text.AppendLine(line);
                }

                return text.ToString();
            });

            public static Task StartOnce(List<string> buffer)
            {
                var local = new List<string>();
                return Task.Run(() => local.Add("started once"));
            }
        }
        """);

    [Fact]
    public Task ReadingASharedCollection_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public sealed class AllowList
        {
            private readonly HashSet<string> _allowed = new() { "db1" };
            private readonly Dictionary<string, int> _ports = new() { ["db1"] = 5432 };

            public int[] Check(string[] hosts)
            {
                var known = new List<string> { "db2" };
                var results = new int[hosts.Length];
                Parallel.For(0, hosts.Length, i =>
                {
                    var host = hosts[i];
                    var allowed = _allowed.Contains(host) || known.Contains(host) || known.Any(k => k == host);
                    results[i] = allowed && _ports.TryGetValue(host, out var port) ? port : known.Count;
                });
                return results;
            }
        }
        """);

    [Fact]
    public Task PlinqSelectWithoutSideEffectsAndRandomShared_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public static class Sampling
        {
            [ThreadStatic] private static List<int>? t_scratch;

            public static int[] Jitter(int[] delays)
            {
                var slots = new List<int>(delays);
                Parallel.For(0, delays.Length, i =>
                {
                    slots[i] = delays[i] + Random.Shared.Next(0, 100);
                    (t_scratch ??= new List<int>()).Add(i);
                });
                return delays.AsParallel().Select(delay => delay + Random.Shared.Next(0, 100)).ToArray();
            }
        }
        """);

    [Fact]
    public Task WhenAllOfResultsAndNonAsyncSelect_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public static class Fetch
        {
            public static async Task<int[]> LengthsAsync(string[] urls)
            {
                var names = new List<string>();
                var lengths = await Task.WhenAll(urls.Select(async url => { await Task.Yield(); return url.Length; }));
                var upper = urls.Select(url => { names.Add(url); return url.ToUpperInvariant(); }).ToList();
                foreach (var task in urls.Select(async url => { await Task.Yield(); names.Add(url); }))
                {
                    await task;
                }

                return lengths;
            }
        }
        """);

    [Fact]
    public Task LambdaNotPassedToAConcurrentApi_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;

        public sealed class Handlers
        {
            private readonly List<string> _log = new();

            public Action<string> Logger() => message => _log.Add(message);

            public void Each(string[] messages) => Array.ForEach(messages, message => _log.Add(message));
        }
        """);

    [Fact]
    public Task HelpersThatLockReadOrOwnTheirState_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public sealed class PatchRun
        {
            private readonly object _gate = new();
            private readonly List<string> _failed = new();

            public void Run(string[] hosts) => Parallel.ForEach(hosts, host =>
            {
                RecordLocked(host);
                lock (_gate) { RecordUnlocked(host); }
                if (IsKnown(host)) Summarise(host);
            });

            private void RecordLocked(string host) { lock (_gate) { _failed.Add(host); } }

            private void RecordUnlocked(string host) => _failed.Add(host);

            private bool IsKnown(string host) => _failed.Contains(host);

            private static string Summarise(string host)
            {
                var parts = new List<string> { host };
                parts.Add("checked");
                return string.Join(",", parts);
            }
        }
        """);

    [Fact]
    public Task MethodGroupsOutsideConcurrentApisOrLocked_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public sealed class Recorder
        {
            private readonly object _gate = new();
            private readonly List<string> _seen = new();

            public void Run(string[] hosts)
            {
                hosts.ToList().ForEach(Record);
                Array.ForEach(hosts, Record);
                Action<string> later = Record;
                Parallel.ForEach(hosts, RecordLocked);
                Parallel.ForEach(hosts, Describe);
            }

            private void Record(string host) => _seen.Add(host);

            private void RecordLocked(string host) { lock (_gate) { _seen.Add(host); } }

            private static void Describe(string host)
            {
                var parts = new List<string> { host };
                parts.Add("described");
            }
        }
        """);

    [Fact]
    public Task PerThreadListsMergedUnderLockInLocalFinally_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public static class Merge
        {
            public static List<int> Run(int[] ids)
            {
                var all = new List<int>();
                var gate = new object();
                Parallel.ForEach(
                    ids,
                    () => new List<int>(),
                    (id, state, mine) => { mine.Add(id); return mine; },
                    mine => { lock (gate) { all.AddRange(mine); } });
                return all;
            }
        }
        """);

    [Theory]
    [InlineData("using System.Threading.Tasks; class C { void M(System.Collections.Generic.List<int> l) { Parallel.ForEach(x, i => l.Add(); } }")]
    [InlineData("using System.Threading.Tasks; class C { void M() { var l = new System.Collections.Generic.List<int>(); Task.Run(() => { lock () { l.Add(1); } l.Add( }); } }")]
    [InlineData("using System.Linq; class C { void M(int[] a) { var d = new System.Collections.Generic.Dictionary<int,int>(); a.AsParallel().ForAll(i => d[i] += ); } }")]
    [InlineData("class C { void M() { var t = new System.Threading.Timer(_ => Missing.Add(1), null, 0, ); } }")]
    [InlineData("using System.Linq; class C { async System.Threading.Tasks.Task M(int[] a) { var s = new System.Collections.Generic.HashSet<int>(); var q = a.Select(async i => s.Add(i)); await System.Threading.Tasks.Task.WhenAll(q }")]
    [InlineData("class C { System.Collections.Generic.List<int> _l = new(); void M() { var t = new System.Threading.Timer(Missing, null, 0, 1); System.Threading.Tasks.Parallel.ForEach(new int[0], Add); } void Add(int x) { _l.Add( } }")]
    [InlineData("partial class C { System.Collections.Generic.List<int> _l = new(); void M() { System.Threading.Tasks.Parallel.ForEach(new int[0], Add); } partial void Add(int x); }")]
    public Task BrokenCode_DoesNotThrow(string source) =>
        BrokenCode.AssertNoAnalyzerExceptionAsync(new Introspect.Analyzers.Threading.SharedStateInConcurrentCodeAnalyzer(), source);
}
