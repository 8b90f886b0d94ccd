using Introspect.Core.Jobs;

namespace Introspect.Core.Tests.Jobs.Discovery;

public sealed class HostedServiceRecogniserTests
{
    [Fact]
    public async Task BackgroundServiceWithPeriodicTimer_IsAnIntervalJobRegisteredWithAddHostedService()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public sealed class ProxyWatchdog : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
                    while (await timer.WaitForNextTickAsync(stoppingToken)) { }
                }
            }

            public static class Setup
            {
                public static void Register(IServiceCollection services) => services.AddHostedService<ProxyWatchdog>();
            }
            """);

        var job = jobs.Single("ProxyWatchdog");
        Assert.Equal(JobFramework.HostedService, job.Framework);
        Assert.Equal("BackgroundService", job.FrameworkName);
        Assert.Equal("ExecuteAsync", job.EntryMethod);
        Assert.Equal("ProxyWatchdog.ExecuteAsync", job.Id);
        Assert.True(job.IsRegistered);
        Assert.Equal(15, Assert.Single(job.Registrations).Line);
        var trigger = Assert.Single(job.Triggers);
        Assert.Equal(TriggerKind.Interval, trigger.Kind);
        Assert.Equal(TimeSpan.FromSeconds(15), trigger.Interval);
        Assert.Equal("PeriodicTimer", trigger.Mechanism);
    }

    [Fact]
    public async Task LoopWithTaskDelay_IsAnIntervalFromStartUp()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Microsoft.Extensions.Hosting;

            public sealed class OutboxDispatcher : BackgroundService
            {
                private static readonly TimeSpan IdleDelay = TimeSpan.FromSeconds(5);

                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await Task.Delay(IdleDelay, stoppingToken);
                    }
                }
            }
            """);

        var trigger = Assert.Single(jobs.Single("OutboxDispatcher").Triggers);
        Assert.Equal("Task.Delay", trigger.Mechanism);
        Assert.Equal(TimeSpan.FromSeconds(5), trigger.Interval);
        Assert.Equal("loop from start-up, waiting 5 seconds with Task.Delay", trigger.Description);
    }

    [Fact]
    public async Task HostedServiceRegisteredWithAFactory_IsRegistered()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public sealed class Warmup(string name) : IHostedService
            {
                public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
                public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
            }

            public static class Setup
            {
                public static void Register(IServiceCollection services) => services.AddHostedService(_ => new Warmup("cache"));
            }
            """);

        var job = jobs.Single("Warmup");
        Assert.Equal("IHostedService", job.FrameworkName);
        Assert.Equal("StartAsync", job.EntryMethod);
        Assert.True(job.IsRegistered);
        Assert.Equal(TriggerKind.Startup, Assert.Single(job.Triggers).Kind);
    }

    [Fact]
    public async Task HostedServiceNeverRegistered_IsReportedAsSuch()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Microsoft.Extensions.Hosting;

            public sealed class ForgottenWorker : BackgroundService
            {
                protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
            }
            """);

        var job = jobs.Single("ForgottenWorker");
        Assert.False(job.IsRegistered);
        Assert.Contains(job.Notes, note => note.Contains("never registered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClassWithExecuteAsyncThatIsNoHostedService_IsNotAJob()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            public sealed class ReportJob
            {
                public Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
            }

            public sealed class SnapshotJobDto { public string? Name { get; set; } }
            """);

        Assert.Empty(jobs);
    }
}
