using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.ReadModifyWriteInConcurrentCodeAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Look-alike correct code that INTR121 must leave alone.</summary>
public sealed partial class ReadModifyWriteInConcurrentCodeAnalyzerTests
{
    [Fact]
    public Task InterlockedAndLockedUpdates_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class Totals
        {
            private readonly object _gate = new();
            private long _bytes;

            public int Run(string[] files)
            {
                var deleted = 0;
                var total = 0L;
                Parallel.ForEach(files, file =>
                {
                    Interlocked.Increment(ref deleted);
                    Interlocked.Add(ref _bytes, file.Length);
                    lock (_gate) { total += file.Length; }
                });
                return deleted;
            }
        }
        """);

    [Fact]
    public Task PerIterationAndThreadLocalState_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        public static class Sums
        {
            public static long Run(int[] values)
            {
                long total = 0;
                var gate = new object();
                Parallel.For(0, values.Length, () => 0L, (i, state, subtotal) =>
                {
                    var local = 0;
                    local++;
                    subtotal += values[i] + local;
                    return subtotal;
                }, subtotal => { lock (gate) { total += subtotal; } });
                return total;
            }
        }
        """);

    [Fact]
    public Task SequentialLoopsAndAwaitedTaskRun_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        public sealed class Sequential
        {
            private int _runs;

            public async Task<int> RunAsync(string[] hosts)
            {
                var count = 0;
                foreach (var host in hosts)
                {
                    await Task.Delay(1);
                    count++;
                    await Task.Run(() => _runs++);
                }

                return count;
            }
        }
        """);

    [Fact]
    public Task SingleTaskRunOnItsOwnLocalsAndCapturedLocal_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        public static class Background
        {
            public static Task<int> CountAsync(string[] lines)
            {
                var started = 0;
                started++;
                return Task.Run(() =>
                {
                    var count = 0;
                    foreach (var line in lines) count += line.Length;
                    return count + started;
                });
            }
        }
        """);

    [Fact]
    public Task SemaphoreGuardedUpdateInWhenAll_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class Probe
        {
            private readonly SemaphoreSlim _gate = new(1, 1);
            private int _failures;

            public Task RunAsync(string[] hosts) => Task.WhenAll(hosts.Select(async host =>
            {
                await Task.Yield();
                await _gate.WaitAsync();
                try { _failures++; } finally { _gate.Release(); }
            }));
        }
        """);

    [Fact]
    public Task ArrayElementsAndNonConcurrentLambdas_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Linq;
        using System.Threading.Tasks;

        public sealed class Slots
        {
            private int _calls;

            public int[] Run(int[] values)
            {
                var perSlot = new int[values.Length];
                Parallel.For(0, values.Length, i => perSlot[i] += values[i]);
                var sum = 0;
                Array.ForEach(values, value => sum += value);
                Func<int> next = () => ++_calls;
                return values.Select(value => value + sum).ToArray();
            }
        }
        """);

    [Theory]
    [InlineData("using System.Threading.Tasks; class C { void M() { int c = 0; Parallel.For(0, 10, i => c += ); } }")]
    [InlineData("using System.Threading.Tasks; class C { int _c; void M() { Task.Run(() => { _c = _c + ; Missing++; }); } }")]
    [InlineData("using System.Linq; class C { void M(int[] a) { int s = 0; a.AsParallel().ForAll(i => s ??= ); } }")]
    [InlineData("class C { int _c; void M() { var t = new System.Threading.Timer(Tick, null, 0, ); } void Tick(object? s) { _c++ } }")]
    [InlineData("class C { int _c; void M() { System.Threading.Tasks.Parallel.For(0, 1, i => Bump(i); } void Bump(int i) => _c += ; }")]
    public Task BrokenCode_DoesNotThrow(string source) =>
        BrokenCode.AssertNoAnalyzerExceptionAsync(new Introspect.Analyzers.Threading.ReadModifyWriteInConcurrentCodeAnalyzer(), source);
}
