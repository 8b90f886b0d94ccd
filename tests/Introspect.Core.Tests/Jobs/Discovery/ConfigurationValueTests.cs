using Introspect.Core.Jobs;

namespace Introspect.Core.Tests.Jobs.Discovery;

/// <summary>Schedules read from options classes and IConfiguration: reported with their keys, defaults and appsettings values, never guessed.</summary>
public sealed class ConfigurationValueTests
{
    [Fact]
    public async Task OptionsBoundWithBindConfiguration_GiveTheKeyTheDefaultAndTheConfiguredValue()
    {
        var jobs = await JobSnippets.DiscoverAsync(
            """
            using Hangfire;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.Extensions.Hosting;
            using Microsoft.Extensions.Options;

            public sealed class WatchdogOptions
            {
                public const string SectionName = "Watchdog";
                public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(15);
                public string TimeZoneId { get; set; } = "Europe/Berlin";
            }

            public sealed class Watchdog(IOptions<WatchdogOptions> options) : BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    using var timer = new PeriodicTimer(options.Value.CheckInterval);
                    while (await timer.WaitForNextTickAsync(stoppingToken)) { }
                }
            }

            public sealed class Export { public void Run() { } }

            public static class Setup
            {
                public static void Register(IServiceCollection services, IRecurringJobManager manager, IOptions<WatchdogOptions> options)
                {
                    services.AddOptions<WatchdogOptions>().BindConfiguration(WatchdogOptions.SectionName);
                    services.AddHostedService<Watchdog>();
                    var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZoneId);
                    manager.AddOrUpdate<Export>("export", job => job.Run(), "0 3 * * *", new RecurringJobOptions { TimeZone = zone });
                }
            }
            """,
            new Dictionary<string, string> { ["appsettings.json"] = """{ "Watchdog": { "CheckInterval": "00:00:20" } }""" });

        var interval = Assert.Single(jobs.Single("Watchdog").Triggers);
        Assert.Equal(TimeSpan.FromSeconds(20), interval.Interval);
        var key = Assert.Single(interval.Configuration);
        Assert.Equal(("Watchdog:CheckInterval", "00:00:15", "00:00:20"), (key.Key, key.DefaultValue, key.ConfiguredValue));

        var cron = Assert.Single(jobs.Single("Export").Triggers);
        Assert.Equal("Europe/Berlin", cron.TimeZone);
        Assert.Equal(TimeZoneSource.Configuration, cron.TimeZoneSource);
        Assert.Equal("Watchdog:TimeZoneId", Assert.Single(cron.Configuration).Key);
    }

    [Fact]
    public async Task CronFromIConfiguration_IsDynamicWithTheKey()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;
            using Microsoft.Extensions.Configuration;

            public sealed class Export { public void Run() { } }

            public static class Setup
            {
                public static void Register(IConfiguration configuration) =>
                    RecurringJob.AddOrUpdate<Export>("export", job => job.Run(), configuration["Jobs:ExportCron"]);
            }
            """);

        var trigger = Assert.Single(jobs.Single("Export").Triggers);
        Assert.Null(trigger.Cron);
        Assert.Equal("Jobs:ExportCron", Assert.Single(trigger.Configuration).Key);
        Assert.Contains("configuration key Jobs:ExportCron", trigger.Description, StringComparison.Ordinal);
    }
}
