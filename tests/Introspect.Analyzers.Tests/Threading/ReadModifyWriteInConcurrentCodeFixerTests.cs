using Verify = Introspect.Analyzers.Tests.Verifiers.CodeFixVerifier<
    Introspect.Analyzers.Threading.ReadModifyWriteInConcurrentCodeAnalyzer,
    Introspect.CodeFixes.Threading.ReadModifyWriteInConcurrentCodeFixer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed class ReadModifyWriteInConcurrentCodeFixerTests
{
    [Fact]
    public Task IncrementDecrementAndAdd_BecomeInterlocked() => Verify.VerifyAsync(
        """
        using System.Threading.Tasks;

        public sealed class Purge
        {
            private long _bytes;
            private int _pending;

            public int Run(string[] files)
            {
                var deleted = 0;
                var budget = 100;
                Parallel.ForEach(files, file =>
                {
                    {|INTR121:deleted++|};
                    {|INTR121:_pending--|};
                    {|INTR121:_bytes += file.Length|};
                    {|INTR121:budget -= file.Length + 1|};
                });
                return deleted;
            }
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class Purge
        {
            private long _bytes;
            private int _pending;

            public int Run(string[] files)
            {
                var deleted = 0;
                var budget = 100;
                Parallel.ForEach(files, file =>
                {
                    Interlocked.Increment(ref deleted);
                    Interlocked.Decrement(ref _pending);
                    Interlocked.Add(ref _bytes, file.Length);
                    Interlocked.Add(ref budget, -(file.Length + 1));
                });
                return deleted;
            }
        }
        """);

    [Fact]
    public Task SelfAssignment_BecomesInterlockedAdd() => Verify.VerifyAsync(
        """
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class Runs
        {
            private int _runs;

            public void Start() => _ = Task.Run(() => { {|INTR121:_runs = _runs + 2|}; });
        }
        """,
        """
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class Runs
        {
            private int _runs;

            public void Start() => _ = Task.Run(() => { Interlocked.Add(ref _runs, 2); });
        }
        """);

    [Fact]
    public Task MethodGroupCallback_IsReportedAtTheReferenceWithoutFix() => Verify.VerifyAsync(
        """
        using System.Threading;

        public sealed class Ticker
        {
            private readonly Timer _timer;
            private long _ticks;

            public Ticker() => _timer = new Timer({|INTR121:OnTick|}, null, 0, 1000);

            private void OnTick(object? state)
            {
                _ticks++;
            }
        }
        """,
        """
        using System.Threading;

        public sealed class Ticker
        {
            private readonly Timer _timer;
            private long _ticks;

            public Ticker() => _timer = new Timer({|INTR121:OnTick|}, null, 0, 1000);

            private void OnTick(object? state)
            {
                _ticks++;
            }
        }
        """);

    [Fact]
    public Task ValueUsedDoubleVolatileOrCoalesce_HaveNoFix() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public sealed class NoFix
        {
            private volatile int _flag;
            private double _load;
            private List<int>? _cache;

            public void Run(int[] ids) => Parallel.ForEach(ids, id =>
            {
                var n = {|INTR121:_flag++|};
                {|INTR121:_load += id|};
                {|INTR121:_cache ??= new List<int>()|};
            });
        }
        """,
        """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public sealed class NoFix
        {
            private volatile int _flag;
            private double _load;
            private List<int>? _cache;

            public void Run(int[] ids) => Parallel.ForEach(ids, id =>
            {
                var n = {|INTR121:_flag++|};
                {|INTR121:_load += id|};
                {|INTR121:_cache ??= new List<int>()|};
            });
        }
        """);
}
