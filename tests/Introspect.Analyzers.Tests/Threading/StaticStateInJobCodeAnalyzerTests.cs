using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.Threading.StaticStateInJobCodeAnalyzer>;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR122: static state written from the code of a job or hosted service without synchronisation.</summary>
public sealed partial class StaticStateInJobCodeAnalyzerTests
{
    [Fact]
    public Task HangfireJobAssigningAndCountingStatics_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Hangfire;

        public sealed class UsageExportJob
        {
            private static DateTimeOffset s_lastExportedAt;
            private static int s_exportedFiles;

            [AutomaticRetry(Attempts = 3)]
            public async Task ExportAsync(CancellationToken cancellationToken)
            {
                await Task.Delay(10, cancellationToken);
                {|INTR122:s_lastExportedAt = DateTimeOffset.UtcNow|};
                {|INTR122:s_exportedFiles++|};
                s_exportedFiles++;
            }
        }
        """);

    [Fact]
    public Task QuartzJobChangingStaticReadonlyCollectionsThroughAPrivateHelper_Triggers() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        public sealed class MonitoringSyncJob : IJob
        {
            private static readonly Dictionary<string, int> s_hostIdsByName = new();
            private static readonly HashSet<int> s_seenHosts = [];

            public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                await Task.Yield();
                Remember("db-01", 1);
            }

            private static void Remember(string name, int id)
            {
                {|INTR122:s_hostIdsByName[name] = id|};
                if ({|INTR122:s_seenHosts.Add(id)|})
                {
                    s_seenHosts.Add(-id);
                }
            }
        }
        """);

    [Fact]
    public Task BackgroundServiceWritingStaticPropertyAndAnotherClassesStaticTotal_Triggers() => Verify.VerifyAsync("""
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        public static class DispatchTotals
        {
            public static long Sent;
        }

        public sealed class AlertDispatcher : BackgroundService
        {
            public static DateTimeOffset? LastDispatchAt { get; private set; }

            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    await Task.Delay(1000, stoppingToken);
                    {|INTR122:LastDispatchAt = DateTimeOffset.UtcNow|};
                    {|INTR122:DispatchTotals.Sent += 5|};
                }
            }
        }
        """);

    [Fact]
    public Task CoravelInvocableEnqueuingToStaticQueueAndTimerCallbackOfHostedService_Trigger() => Verify.VerifyAsync("""
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Coravel.Invocable;
        using Microsoft.Extensions.Hosting;

        public sealed class MaintenanceMailer : IInvocable
        {
            private static readonly Queue<string> s_pendingMails = new();

            public Task Invoke()
            {
                {|INTR122:s_pendingMails.Enqueue("window starts at 06:30")|};
                return Task.CompletedTask;
            }
        }

        public sealed class BypassRefresher : IHostedService, IDisposable
        {
            private static string? s_lastError;
            private Timer? _timer;

            public Task StartAsync(CancellationToken cancellationToken)
            {
                _timer = new Timer(OnTick, null, TimeSpan.Zero, TimeSpan.FromSeconds(30));
                return Task.CompletedTask;
            }

            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            public void Dispose() => _timer?.Dispose();

            private void OnTick(object? state)
            {
                {|INTR122:s_lastError = null|};
            }
        }
        """);

    [Fact]
    public Task PlainStaticAssignmentInsideParallelBodyOfJob_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Quartz;

        public sealed class ProxyProbeJob : IJob
        {
            private static string? s_lastProbedProxy;

            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
            {
                Parallel.ForEach(new[] { "proxy-a", "proxy-b" }, proxy =>
                {
                    {|INTR122:s_lastProbedProxy = proxy|};
                });
                return ValueTask.CompletedTask;
            }
        }
        """);

    [Fact]
    public Task InstanceConstructorOfJobCountingInstances_Triggers() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Hangfire;

        public sealed class SnapshotJob
        {
            private static int s_instances;

            public SnapshotJob()
            {
                {|INTR122:s_instances = s_instances + 1|};
            }

            [Queue("snapshots")]
            public Task CreateAsync(int serverId, CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """);
}
