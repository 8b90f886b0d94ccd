using System.Collections.Concurrent;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Introspect.Analyzers.Threading;
using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.BlockingOnTaskAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

public sealed partial class BlockingOnTaskAnalyzerTests
{
    [Fact]
    public Task AwaitedTask_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaReport(IStorageApi storage)
        {
            public async Task<long> UsedAsync(string cluster) => await storage.GetUsedBytesAsync(cluster).ConfigureAwait(false);
        }
        """ + StorageApi);

    [Fact]
    public Task ResultAfterAwaitedWhenAll_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class UsageExport(IStorageApi storage)
        {
            public async Task<long> TotalAsync()
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                await Task.WhenAll(north, south).ConfigureAwait(false);
                return north.Result + south.GetAwaiter().GetResult();
            }

            public async Task<long> WithArrayAsync()
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                var totals = await Task.WhenAll(new[] { north, south });
                return totals.Length + north.Result;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultOfTasksInAnAwaitedCollection_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        sealed class UsageExport(IStorageApi storage)
        {
            public async Task<long> TotalAsync(string[] clusters)
            {
                var tasks = clusters.Select(cluster => storage.GetUsedBytesAsync(cluster)).ToList();
                await Task.WhenAll(tasks);

                var total = tasks.Where(task => task.IsCompletedSuccessfully).Sum(task => task.Result);
                foreach (var task in tasks)
                {
                    total += task.Result;
                }

                return total + tasks[0].Result;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultAfterAwaitingTheSameTask_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaCheck(IStorageApi storage)
        {
            public async Task<string> CheckAsync(Task<long> pending)
            {
                var used = storage.GetUsedBytesAsync("north");
                await used;
                await pending.ConfigureAwait(false);
                return $"{used.Result} / {pending.Result}";
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultOfTheWhenAnyWinner_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        sealed class ClusterTimeouts(IStorageApi storage)
        {
            public async Task<long> FirstAsync()
            {
                var finished = await Task.WhenAny(storage.GetUsedBytesAsync("north"), storage.GetUsedBytesAsync("south"));
                return finished.Result;
            }

            public async Task<long?> WithTimeoutAsync()
            {
                var used = storage.GetUsedBytesAsync("north");
                if (await Task.WhenAny(used, Task.Delay(TimeSpan.FromSeconds(5))) == used)
                {
                    return used.Result;
                }

                return null;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultGuardedByCompletionChecks_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaCache(IStorageApi storage)
        {
            private Task<long>? _pending;

            public long Peek()
            {
                _pending ??= storage.GetUsedBytesAsync("north");
                if (_pending.IsCompletedSuccessfully)
                {
                    return _pending.Result;
                }

                return _pending.IsCompleted && _pending.Result > 0 ? 1 : 0;
            }

            public long PeekLocal(Task<long> used) => used is { IsCompletedSuccessfully: true } ? used.Result : -1;

            public ValueTask<bool> PingAsync(string cluster)
            {
                var ping = storage.PingAsync(cluster);
                if (!ping.IsCompletedSuccessfully)
                {
                    return SlowAsync(ping);
                }

                return new ValueTask<bool>(ping.Result);

                static async ValueTask<bool> SlowAsync(ValueTask<bool> pending) => await pending;
            }

            public bool Poll(Task<bool> done)
            {
                var awaiter = done.GetAwaiter();
                return awaiter.IsCompleted && awaiter.GetResult();
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultGuardedOrAwaitedThroughAMemberPath_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        sealed record QuotaEntry(Task<long> Refresh);

        sealed class QuotaCache(IStorageApi storage)
        {
            private readonly Dictionary<string, QuotaEntry> _entries = new();

            public long Read(string cluster)
            {
                var entry = _entries[cluster];
                return entry.Refresh.IsCompletedSuccessfully ? entry.Refresh.Result : -1;
            }

            public async Task<long> RefreshAllAsync()
            {
                var byCluster = new Dictionary<string, Task<long>>
                {
                    ["north"] = storage.GetUsedBytesAsync("north"),
                    ["south"] = storage.GetUsedBytesAsync("south"),
                };
                await Task.WhenAll(byCluster.Values);
                return byCluster["north"].Result + byCluster["south"].Result;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ContinuationAntecedentResult_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class QuotaReport(IStorageApi storage)
        {
            public Task<string> DescribeAsync() =>
                storage.GetUsedBytesAsync("north").ContinueWith(used => $"{used.Result} bytes");

            public Task<long> SumAsync(Task<long>[] parts) =>
                Task.Factory.ContinueWhenAll(parts, done => done[0].Result + done[1].Result);
        }
        """ + StorageApi);

    [Fact]
    public Task TasksCreatedComplete_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        static class Defaults
        {
            public static int Retries() => Task.FromResult(3).Result;

            public static void Ready() => Task.CompletedTask.Wait();

            public static bool Enabled() => new ValueTask<bool>(true).Result;
        }
        """);

    [Fact]
    public Task EntryPointBlocking_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        static class Program
        {
            static void Main()
            {
                RunMigrationsAsync().GetAwaiter().GetResult();
                RunMigrationsAsync().Wait();
            }

            static Task RunMigrationsAsync() => Task.Delay(1);
        }
        """);

    [Fact]
    public Task TopLevelStatementsBlocking_DoesNotTrigger() => VerifyProgramAsync("""
        using System.Threading.Tasks;

        var count = CountPendingAsync().Result;
        System.Console.WriteLine(count);

        static Task<int> CountPendingAsync() => Task.FromResult(3);
        """);

    [Fact]
    public Task BlockingInTestMethods_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        namespace Xunit { public class FactAttribute : System.Attribute { } }
        namespace NUnit.Framework { public class TestAttribute : System.Attribute { } }

        public sealed class QuotaReportTests
        {
            [Xunit.Fact]
            public void Used_IsPositive() => System.Diagnostics.Debug.Assert(Used().Result > 0);

            [NUnit.Framework.Test]
            public void Refresh_Completes() => Task.Run(() => Used()).Wait();

            private static Task<long> Used() => Task.FromResult(1L);
        }
        """);

    [Fact]
    public Task WaitWithZeroTimeout_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;

        sealed class ExportProgress(Task export)
        {
            public bool IsDone => export.Wait(0) || Task.WaitAll(new[] { export }, TimeSpan.Zero);
        }
        """);

    [Fact]
    public Task ResultPropertyOfANonTaskType_DoesNotTrigger() => Verify.VerifyAsync("""
        sealed record JsonRpcResponse<T>(T? Result, string? Error);

        sealed class MonitoringApiClient
        {
            public string HostId(JsonRpcResponse<string> body) => body.Result ?? throw new System.InvalidOperationException(body.Error);
        }
        """);

    [Fact]
    public Task ThreadJoinAndSemaphoreWait_DoNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;

        sealed class LegacyWorker
        {
            private readonly SemaphoreSlim _slots = new(2);

            public void Run(Thread worker)
            {
                _slots.Wait();
                try { worker.Join(); }
                finally { _slots.Release(); }
            }
        }
        """);

    [Fact]
    public Task NameofAndExpressionTree_DoNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Linq.Expressions;
        using System.Threading.Tasks;

        static class Describe
        {
            public static string Name => nameof(Task<int>.Result);

            public static Expression<Func<Task<int>, int>> Selector => task => task.Result;
        }
        """);

    [Fact]
    public Task ResultAfterWaitAll_DoesNotTriggerASecondTime() => Verify.VerifyAsync("""
        using System.Threading.Tasks;

        sealed class ClusterProbe(IStorageApi storage)
        {
            public long ProbeAll()
            {
                var north = storage.GetUsedBytesAsync("north");
                var south = storage.GetUsedBytesAsync("south");
                {|INTR103:Task.WaitAll(north, south)|};
                return north.Result + south.Result;
            }
        }
        """ + StorageApi);

    [Fact]
    public Task ResultAfterAwaitInTryOrThroughWhenAllLocal_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Linq;
        using System.Threading.Tasks;

        sealed class UsageExport(IStorageApi storage)
        {
            public async Task<long> TotalAsync(string[] clusters)
            {
                var tasks = clusters.Select(cluster => storage.GetUsedBytesAsync(cluster)).ToArray();
                var all = Task.WhenAll(tasks);
                try
                {
                    await all;
                }
                catch (Exception)
                {
                    // Inspect the individual tasks below.
                }

                return tasks.Where(task => task.IsCompletedSuccessfully).Sum(task => task.Result)
                    + tasks.Select(task => task.Status == TaskStatus.RanToCompletion ? task.Result : 0).Sum();
            }
        }
        """ + StorageApi);

    [Fact]
    public Task GeneratedCode_DoesNotTrigger() => Verify.VerifyAsync("""
        // <auto-generated/>
        using System.Threading.Tasks;

        static class GeneratedClient
        {
            public static int Get(Task<int> call) => call.Result;
        }
        """);

    [Theory]
    [InlineData("class C { int M() => Missing().Result + x.Wait() + Task.WaitAll(; }")]
    [InlineData("class C { async System.Threading.Tasks.Task M() { var t = Unknown(); await t; t.Result; if (t.IsCompleted) t.GetAwaiter().GetResult(); } }")]
    [InlineData("class C { void M(System.Threading.Tasks.Task<int>[] ts) { System.Threading.Tasks.Task.Factory.ContinueWhenAll(ts, d => d[0].Result); foreach (var t in ) t.Result; } }")]
    public async Task BrokenCode_DoesNotThrow(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            FrameworkReferences.Net100,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), (exception, _, _) => exceptions.Enqueue(exception), true, false);

        var diagnostics = await compilation.WithAnalyzers([new BlockingOnTaskAnalyzer()], options).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }

    private static Task VerifyProgramAsync(string source)
    {
        var test = new Verify.Test { TestCode = source };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test.RunAsync();
    }
}
