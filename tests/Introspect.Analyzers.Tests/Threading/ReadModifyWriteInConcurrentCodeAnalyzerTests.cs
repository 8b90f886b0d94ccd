using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.ReadModifyWriteInConcurrentCodeAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR121: non-atomic updates of shared variables from concurrent code.</summary>
public sealed partial class ReadModifyWriteInConcurrentCodeAnalyzerTests
{
    [Fact]
    public Task CapturedCounterInParallelForEach_Triggers() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        public static class Purge
        {
            public static int Run(string[] files)
            {
                var deleted = 0;
                var skipped = 0;
                Parallel.ForEach(files, file =>
                {
                    if (file.EndsWith(".tmp"))
                    {
                        {|INTR121:deleted++|};
                        deleted++;
                    }
                    else
                    {
                        {|INTR121:--skipped|};
                    }
                });
                return deleted + skipped;
            }
        }
        """);

    [Fact]
    public Task FieldTotalsInWhenAllAndPlinq_Trigger() => Verify.VerifyAsync("""
        using System.Linq;
        using System.Threading.Tasks;

        public sealed class ByteCounter
        {
            private long _bytes;
            private int _runs;
            private string _log = "";

            public async Task CountAsync(string[] paths)
            {
                await Task.WhenAll(paths.Select(async path =>
                {
                    await Task.Yield();
                    {|INTR121:_bytes += path.Length|};
                    {|INTR121:_runs = _runs + 1|};
                }));
                paths.AsParallel().ForAll(path => {|INTR121:_log += path|});
            }
        }
        """);

    [Fact]
    public Task LazyFieldAndStaticInTimerAndTaskRun_Trigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class Poller
        {
            private static int s_ticks;
            private List<string>? _seen;
            private Timer? _timer;

            public void Start()
            {
                _timer = new Timer(_ => {|INTR121:s_ticks++|}, null, 0, 1000);
                _ = Task.Run(() => {|INTR121:_seen ??= new List<string>()|});
            }
        }
        """);

    [Fact]
    public Task HelperIncrementingAField_TriggersAtTheCallWithoutFix() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class Purge
        {
            private int _deleted;
            private int _seen;

            public void Run(string[] files) => Parallel.ForEach(files, file =>
            {
                {|INTR121:CountDeleted()|};
                CountSeen();
            });

            private void CountDeleted() => _deleted++;

            private void CountSeen() => Interlocked.Increment(ref _seen);
        }
        """);

    [Fact]
    public async Task Message_NamesTheUpdateAndTheRunner()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Threading.Tasks;

                public static class Count
                {
                    public static int Run(int[] ids)
                    {
                        var seen = 0;
                        Parallel.For(0, ids.Length, i => {|#0:seen += ids[i]|});
                        return seen;
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR121", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments(
                "'seen += ids[i]' updates 'seen', which the Parallel.For body shares between threads, in separate read and write steps, so concurrent updates are lost",
                "use Interlocked.Add, or take a lock around the update"));
        await test.RunAsync();
    }
}
