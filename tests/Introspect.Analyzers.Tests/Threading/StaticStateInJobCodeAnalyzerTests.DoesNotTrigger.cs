using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.StaticStateInJobCodeAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR122: look-alikes that are safe: not job code, guarded, atomic, thread-safe types, or not static.</summary>
public sealed partial class StaticStateInJobCodeAnalyzerTests
{
    [Fact]
    public Task StaticsWrittenOutsideJobCode_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;

        public sealed class HostnameNormaliser
        {
            private static readonly Dictionary<string, string> s_cache = new();
            private static int s_calls;

            public string Normalise(string hostname)
            {
                s_calls++;
                s_cache[hostname] = hostname.ToLowerInvariant();
                return s_cache[hostname];
            }
        }
        """);

    [Fact]
    public Task StaticsWrittenUnderLockMonitorOrSemaphore_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        public sealed class MonitoringSyncJob : IJob
        {
            private static readonly object s_gate = new();
            private static readonly SemaphoreSlim s_slots = new(1, 1);
            private static readonly Dictionary<string, int> s_hostIds = new();
            private static int s_runs;
            private static string? s_lastHost;

            public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                lock (s_gate)
                {
                    s_runs++;
                    s_hostIds["db-01"] = 1;
                }

                Monitor.Enter(s_gate);
                try
                {
                    s_lastHost = "db-01";
                }
                finally
                {
                    Monitor.Exit(s_gate);
                }

                await s_slots.WaitAsync(cancellationToken);
                try
                {
                    s_hostIds.Remove("db-02");
                }
                finally
                {
                    s_slots.Release();
                }
            }
        }
        """);

    [Fact]
    public Task InterlockedVolatileAndVolatileFields_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        public sealed class ProxyWatchdog : BackgroundService
        {
            private static long s_ticks;
            private static int s_running;
            private static volatile bool s_lastCheckFailed;
            private static string? s_lastProxy;

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref s_ticks);
                    Interlocked.Exchange(ref s_running, 1);
                    s_lastCheckFailed = false;
                    Volatile.Write(ref s_lastProxy, "proxy-a");
                    await Task.Delay(TimeSpan.FromSeconds(15), stoppingToken);
                }
            }
        }
        """);

    [Fact]
    public Task ConcurrentImmutableAndLazyStatics_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Immutable;
        using System.Threading;
        using System.Threading.Tasks;
        using Hangfire;

        public sealed class RaidMonitoringInstaller
        {
            private static readonly ConcurrentDictionary<int, DateTimeOffset> s_installsInProgress = new();
            private static readonly ConcurrentQueue<string> s_log = new();
            private static ImmutableArray<string> s_plugins = ImmutableArray<string>.Empty;
            private static Lazy<string> s_agentVersion = new(() => "2.4");

            [AutomaticRetry(Attempts = 0)]
            public Task InstallAsync(int serverId, CancellationToken cancellationToken)
            {
                s_installsInProgress[serverId] = DateTimeOffset.UtcNow;
                s_installsInProgress.TryRemove(serverId, out _);
                s_log.Enqueue("installed");
                s_plugins = ImmutableArray.Create("raid-health");
                s_agentVersion = new Lazy<string>(() => "2.5");
                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task StaticConstructorAndFieldInitializersOfJob_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        public sealed class ProxyLoadBalancingJob : IJob
        {
            private static readonly List<string> s_regions = new() { "fra" };
            private static readonly Dictionary<string, double> s_weights;
            private static int s_maxMoves = 100;

            static ProxyLoadBalancingJob()
            {
                s_weights = new Dictionary<string, double>();
                s_weights["fra"] = 1.0;
                s_regions.Add("ams");
                s_maxMoves = 50;
            }

            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }
        """);

    [Fact]
    public Task InstanceFieldsLocalsThreadStaticAndReads_DoesNotTrigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Coravel.Invocable;

        public sealed class MaintenanceMailer : IInvocable
        {
            private static readonly Dictionary<string, string> s_templates = new() { ["window"] = "..." };

            [ThreadStatic]
            private static List<string>? t_buffer;

            private readonly List<string> _sent = new();
            private int _count;

            public Task Invoke()
            {
                var recipients = new List<string>();
                recipients.Add("noc@example.com");
                _sent.Add("noc@example.com");
                _count++;
                t_buffer ??= new List<string>();
                t_buffer.Add("x");
                if (s_templates.TryGetValue("window", out var template) && s_templates.ContainsKey("window"))
                {
                    Console.WriteLine(template + s_templates.Count);
                }

                return Task.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task UpdatesInConcurrentLambdasOfJobAreLeftToIntr120AndIntr121_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        public sealed class ProxyProbeJob : IJob
        {
            private static readonly List<string> s_failed = new();
            private static int s_probed;

            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                Parallel.ForEach(new[] { "proxy-a", "proxy-b" }, proxy =>
                {
                    s_probed++;
                    s_failed.Add(proxy);
                });
                return ValueTask.CompletedTask;
            }
        }
        """);

    [Theory]
    [InlineData("using Quartz; class C : IJob { static int s; public System.Threading.Tasks.ValueTask Execute(IJobExecutionContext c, System.Threading.CancellationToken t) { s = ; s++ Missing.X = 1; } }")]
    [InlineData("using Hangfire; class C { static System.Collections.Generic.List<int> s = new(); [AutomaticRetry] public void Run() { s.Add(; lock () { s.Add(1); } } }")]
    [InlineData("class C : Microsoft.Extensions.Hosting.BackgroundService { static Missing s; protected override System.Threading.Tasks.Task ExecuteAsync(System.Threading.CancellationToken t) { s[1] = 2; s.Add(3); Unknown.Value += 1; } }")]
    [InlineData("class C : Quartz.IJob { static int s; static C() { s = } }")]
    [InlineData("class C : Coravel.Invocable.IInvocable { static int P { get; set; } public System.Threading.Tasks.Task Invoke() { (P, P) = (1, 2); P = ; } }")]
    public Task BrokenCode_DoesNotThrow(string source) =>
        BrokenCode.AssertNoAnalyzerExceptionWithFrameworksAsync(new Introspect.Analyzers.Threading.StaticStateInJobCodeAnalyzer(), source);
}
