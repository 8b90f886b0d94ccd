using Introspect.Core.Jobs;

namespace Introspect.Core.Tests.Jobs.Discovery;

public sealed class TimerRecogniserTests
{
    [Fact]
    public async Task ThreadingTimerInHostedService_IsAJobOfItsCallback()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;

            public sealed class BypassRefresher : IHostedService, IDisposable
            {
                private Timer? _timer;

                public Task StartAsync(CancellationToken cancellationToken)
                {
                    _timer = new Timer(OnTick, null, TimeSpan.Zero, TimeSpan.FromSeconds(30));
                    return Task.CompletedTask;
                }

                public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

                public void Dispose() => _timer?.Dispose();

                private void OnTick(object? state) { }
            }

            public static class Setup
            {
                public static void Register(IServiceCollection services) => services.AddHostedService<BypassRefresher>();
            }
            """);

        var job = Assert.Single(jobs);
        Assert.Equal(JobFramework.ThreadingTimer, job.Framework);
        Assert.Equal("System.Threading.Timer", job.FrameworkName);
        Assert.Equal("OnTick", job.EntryMethod);
        Assert.True(job.IsRegistered);
        var trigger = Assert.Single(job.Triggers);
        Assert.Equal(TimeSpan.FromSeconds(30), trigger.Interval);
        Assert.Equal("every 30 seconds (System.Threading.Timer, set up in StartAsync)", trigger.Description);
    }

    [Fact]
    public async Task TimersTimerElapsedHandler_IsAJobWithTheIntervalInMilliseconds()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using System.Timers;
            using Microsoft.Extensions.Hosting;
            using Timer = System.Timers.Timer;

            public sealed class QueueMonitor : IHostedService
            {
                private readonly Timer _timer = new() { AutoReset = true };

                public Task StartAsync(CancellationToken cancellationToken)
                {
                    _timer.Interval = TimeSpan.FromMinutes(1).TotalMilliseconds;
                    _timer.Elapsed += OnElapsed;
                    _timer.Start();
                    return Task.CompletedTask;
                }

                public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

                private void OnElapsed(object? sender, ElapsedEventArgs e) { }
            }
            """);

        var job = Assert.Single(jobs);
        Assert.Equal(JobFramework.TimersTimer, job.Framework);
        Assert.Equal("OnElapsed", job.EntryMethod);
        Assert.Equal(TimeSpan.FromMinutes(1), Assert.Single(job.Triggers).Interval);
        Assert.False(job.IsRegistered);
    }

    [Fact]
    public async Task TimerOutsideALongLivedServiceAndADomainTimer_AreNotJobs()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            namespace Domain
            {
                public sealed class Timer { public int Seconds { get; set; } }

                public sealed class Stopwatches
                {
                    public Timer Create() => new Timer { Seconds = 5 };
                    public System.Threading.Timer Poll(TimerCallback callback) => new System.Threading.Timer(callback, null, 0, 1000);
                }
            }
            """);

        Assert.Empty(jobs);
    }
}
