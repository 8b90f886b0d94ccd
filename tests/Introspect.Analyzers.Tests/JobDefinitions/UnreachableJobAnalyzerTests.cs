using Verify = Introspect.Analyzers.Tests.Verifiers.AnalyzerVerifier<Introspect.Analyzers.JobDefinitions.UnreachableJobAnalyzer>;

namespace Introspect.Analyzers.Tests.JobDefinitions;

public sealed class UnreachableJobAnalyzerTests
{
    private const string Services = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        public sealed class ProxyWatchdog : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
        }

        public sealed class TokenRefresher(string endpoint) : IHostedService
        {
            public string Endpoint { get; } = endpoint;
            public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """;

    [Fact]
    public Task HostedServiceNeverRegistered_Triggers() => Verify.VerifyAsync(Services + """

        public sealed class {|INTR306:AlertOutboxDispatcher|} : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
        }

        public sealed class {|INTR306:LeaseRenewer|} : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }

        public static class Registration
        {
            public static IServiceCollection AddWorker(this IServiceCollection services)
            {
                services.AddHostedService<ProxyWatchdog>();
                services.AddHostedService(_ => new TokenRefresher("https://auth"));
                return services;
            }
        }
        """);

    [Fact]
    public Task EveryRegistrationShape_DoesNotTrigger() => Verify.VerifyAsync(Services + """

        public sealed class AlertOutboxDispatcher : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
        }

        public sealed class LeaseRenewer : IHostedService
        {
            public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }

        public sealed class QueueMetrics : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
        }

        public abstract class PollingService : BackgroundService { }

        public class TimedService : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
        }

        public sealed class NightlyTimedService : TimedService { }

        public static class Registration
        {
            public static IServiceCollection AddWorker(this IServiceCollection services)
            {
                services.AddHostedService<ProxyWatchdog>();
                services.AddHostedService(_ => new TokenRefresher("https://auth"));
                services.AddSingleton<IHostedService, AlertOutboxDispatcher>();
                services.Add(ServiceDescriptor.Singleton(typeof(IHostedService), typeof(LeaseRenewer)));
                services.AddSingleton<QueueMetrics>();
                services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<QueueMetrics>());
                services.AddHostedService<NightlyTimedService>();
                return services;
            }
        }
        """);

    [Fact]
    public Task LibraryWithoutAHost_DoesNotTrigger() => Verify.VerifyAsync("""
        using System.Threading;
        using System.Threading.Tasks;
        using Microsoft.Extensions.Hosting;

        // A library: the application that references it registers the service.
        public sealed class CacheWarmer : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
        }
        """);

    private const string HangfireJobs = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Hangfire;

        public sealed class SnapshotJob { public Task CreateAsync(int serverId, CancellationToken cancellationToken) => Task.CompletedTask; }

        public sealed class SnapshotNotifier { public Task NotifyAsync(int serverId) => Task.CompletedTask; }
        """;

    [Fact]
    public Task ContinuationOfAConstantId_Triggers() => Verify.VerifyAsync(HangfireJobs + """

        public sealed class Scheduler(IBackgroundJobClient jobs)
        {
            private const string NightlyId = "nightly-snapshots";

            public void Queue(int serverId)
            {
                jobs.ContinueJobWith<SnapshotNotifier>({|INTR306:"nightly-snapshots"|}, notifier => notifier.NotifyAsync(serverId));
                BackgroundJob.ContinueJobWith<SnapshotNotifier>({|INTR306:NightlyId|}, notifier => notifier.NotifyAsync(serverId));

                var parent = "snapshot-" + "job";
                jobs.ContinueJobWith<SnapshotNotifier>({|INTR306:parent|}, notifier => notifier.NotifyAsync(serverId));
            }
        }
        """);

    [Fact]
    public Task ContinuationOfACreatedOrUntraceableId_DoesNotTrigger() => Verify.VerifyAsync(HangfireJobs + """

        public sealed class Scheduler(IBackgroundJobClient jobs)
        {
            private string _lastJobId = "";

            public void Queue(int serverId, string parentFromCaller)
            {
                var snapshotId = jobs.Enqueue<SnapshotJob>(job => job.CreateAsync(serverId, CancellationToken.None));
                jobs.ContinueJobWith<SnapshotNotifier>(snapshotId, notifier => notifier.NotifyAsync(serverId));

                var delayed = BackgroundJob.Schedule<SnapshotJob>(job => job.CreateAsync(serverId, CancellationToken.None), TimeSpan.FromMinutes(5));
                var notified = BackgroundJob.ContinueJobWith<SnapshotNotifier>(delayed, notifier => notifier.NotifyAsync(serverId));
                BackgroundJob.ContinueJobWith<SnapshotNotifier>(notified, notifier => notifier.NotifyAsync(serverId));

                jobs.ContinueJobWith<SnapshotNotifier>(parentFromCaller, notifier => notifier.NotifyAsync(serverId));
                jobs.ContinueJobWith<SnapshotNotifier>(_lastJobId, notifier => notifier.NotifyAsync(serverId));
                jobs.ContinueJobWith<SnapshotNotifier>(NextId(), notifier => notifier.NotifyAsync(serverId));

                string reassigned = "";
                reassigned = jobs.Enqueue<SnapshotJob>(job => job.CreateAsync(serverId, CancellationToken.None));
                jobs.ContinueJobWith<SnapshotNotifier>(reassigned, notifier => notifier.NotifyAsync(serverId));
            }

            private string NextId() => _lastJobId = jobs.Enqueue<SnapshotJob>(job => job.CreateAsync(1, CancellationToken.None));
        }
        """);
}
