using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.SharedStateInConcurrentCodeAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR120: non-thread-safe objects changed from concurrent code while other threads can reach them.</summary>
public sealed partial class SharedStateInConcurrentCodeAnalyzerTests
{
    [Fact]
    public Task CapturedListAddedToFromParallelForEach_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public sealed class DiskUsageReport
        {
            public List<string> FindFullDisks(IEnumerable<string> hosts)
            {
                var full = new List<string>();
                Parallel.ForEach(hosts, host =>
                {
                    if (host.Length > 3)
                    {
                        {|INTR120:full.Add(host)|};
                        full.Add(host + "-again");
                    }
                });
                return full;
            }
        }
        """);

    [Fact]
    public Task FieldDictionaryWrittenFromParallelForEachAsync_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class CertificateScanner
        {
            private readonly Dictionary<string, int> _daysLeftByHost = new();

            public Task ScanAsync(IEnumerable<string> hosts, CancellationToken cancellationToken) =>
                Parallel.ForEachAsync(hosts, cancellationToken, async (host, token) =>
                {
                    await Task.Delay(10, token);
                    {|INTR120:_daysLeftByHost[host] = host.Length|};
                });
        }
        """);

    [Fact]
    public Task StaticQueueFromParallelFor_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public static class RetryQueue
        {
            private static readonly Queue<int> s_pending = new();

            public static void Requeue(int count) =>
                Parallel.For(0, count, i => {|INTR120:s_pending.Enqueue(i)|});
        }
        """);

    [Fact]
    public Task SharedRandomAndStringBuilderInPlinqForAll_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Linq;
        using System.Text;

        public sealed class JitterPlanner
        {
            private readonly Random _random = new();

            public string Plan(int[] jobIds)
            {
                var log = new StringBuilder();
                jobIds.AsParallel().ForAll(id =>
                {
                    var delay = {|INTR120:_random.Next(0, 500)|};
                    {|INTR120:log.AppendLine($"{id}: {delay} ms")|};
                });
                return log.ToString();
            }
        }
        """);

    [Fact]
    public Task HashSetInAsyncLambdasOfWhenAll_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        public sealed class EndpointProbe
        {
            public async Task<HashSet<string>> FindDownAsync(IReadOnlyList<string> endpoints)
            {
                var down = new HashSet<string>();
                await Task.WhenAll(endpoints.Select(async endpoint =>
                {
                    await Task.Delay(10);
                    {|INTR120:down.Add(endpoint)|};
                }));
                return down;
            }

            public async Task<List<string>> FindSlowAsync(IReadOnlyList<string> endpoints)
            {
                var slow = new List<string>();
                var probes = endpoints.Select(async endpoint =>
                {
                    await Task.Delay(10);
                    {|INTR120:slow.Add(endpoint)|};
                }).ToList();
                await Task.WhenAll(probes);
                return slow;
            }
        }
        """);

    [Fact]
    public Task TaskRunInLoopAndFireAndForgetOnField_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public sealed class CacheWarmer
        {
            private readonly List<string> _warmed = new();

            public void WarmInBackground(string key) => _ = Task.Run(() => {|INTR120:_warmed.Add(key)|});

            public Task WarmAllAsync(string[] keys)
            {
                var stack = new Stack<string>();
                var tasks = new List<Task>();
                foreach (var key in keys)
                {
                    tasks.Add(Task.Run(() => {|INTR120:stack.Push(key)|}));
                }

                return Task.WhenAll(tasks);
            }
        }
        """);

    [Fact]
    public Task StartNewThreadAndWorkItemsOnSharedState_Trigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Text;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class LogShipper
        {
            private readonly StringBuilder _buffer = new();
            private readonly Queue<string> _outbox = new();

            public void Ship(string[] lines)
            {
                var sent = new HashSet<string>();
                foreach (var line in lines)
                {
                    Task.Factory.StartNew(() => {|INTR120:sent.Add(line)|}, CancellationToken.None, TaskCreationOptions.None, TaskScheduler.Default);
                }

                ThreadPool.QueueUserWorkItem(_ => {|INTR120:_buffer.Append("flushed")|});
                new Thread(() => {|INTR120:_outbox.Enqueue("done")|}).Start();
            }
        }
        """);

    [Fact]
    public Task TimerCallbacksChangingSharedState_Trigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;

        public sealed class HeartbeatMonitor : IDisposable
        {
            private readonly Dictionary<string, DateTime> _lastSeen = new();
            private readonly System.Threading.Timer _sweep;
            private readonly System.Timers.Timer _report = new(1000);

            public HeartbeatMonitor()
            {
                _sweep = new System.Threading.Timer(_ => {|INTR120:_lastSeen.Remove("stale")|}, null, 0, 1000);
                var reported = new List<DateTime>();
                _report.Elapsed += (_, e) => {|INTR120:reported.Add(e.SignalTime)|};
            }

            public void Dispose()
            {
                _sweep.Dispose();
                _report.Dispose();
            }
        }
        """);

    [Fact]
    public Task MemberReachedThroughCapturedLocal_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public sealed class RunSummary
        {
            public List<string> Failures { get; } = new();
        }

        public static class Runner
        {
            public static RunSummary Run(string[] jobs)
            {
                var summary = new RunSummary();
                Parallel.ForEach(jobs, job => {|INTR120:summary.Failures.Add(job)|});
                return summary;
            }
        }
        """);

    [Fact]
    public Task HelperOfTheSameClassChangingAField_TriggersAtTheCall() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        public sealed class PatchRun
        {
            private readonly List<string> _failed = new();

            public void Run(string[] hosts) => Parallel.ForEach(hosts, host =>
            {
                if (host.Length > 3)
                {
                    {|INTR120:RecordFailure(host)|};
                }
            });

            private void RecordFailure(string host) => _failed.Add(host);
        }
        """);

    [Fact]
    public Task MethodGroupCallbacksOfTimersAndParallel_TriggerAtTheReference() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        public sealed class LeaseSweeper : IDisposable
        {
            private readonly Dictionary<string, DateTime> _leases = new();
            private readonly List<string> _expired = new();
            private readonly Timer _timer;
            private readonly System.Timers.Timer _report = new(5000);

            public LeaseSweeper()
            {
                _timer = new Timer({|INTR120:Sweep|}, null, 0, 1000);
                _report.Elapsed += {|INTR120:OnReport|};
            }

            public void Expire(string[] keys) => Parallel.ForEach(keys, {|INTR120:ExpireOne|});

            private void Sweep(object? state) => _leases.Remove("stale");

            private void OnReport(object? sender, System.Timers.ElapsedEventArgs e) => _expired.Clear();

            private void ExpireOne(string key) => _leases[key] = DateTime.MinValue;

            public void Dispose()
            {
                _timer.Dispose();
                _report.Dispose();
            }
        }
        """);

    [Fact]
    public async Task Message_NamesTheObjectTheRunnerAndTheChange()
    {
        var test = new Verify.Test
        {
            TestCode = """
                using System.Collections.Generic;
                using System.Threading.Tasks;

                public static class Names
                {
                    public static void Collect(int[] ids)
                    {
                        var seen = new List<int>();
                        Parallel.ForEach(ids, id => {|#0:seen.Add(id)|});
                    }
                }
                """,
        };
        test.ExpectedDiagnostics.Add(new DiagnosticResult("INTR120", DiagnosticSeverity.Warning)
            .WithLocation(0)
            .WithArguments(
                "'seen' (List<int>) is shared by the Parallel.ForEach body, which runs on several threads at once, and is changed with Add without a lock",
                "use a concurrent collection (or Random.Shared), collect results per iteration, or lock around the change"));
        await test.RunAsync();
    }
}
