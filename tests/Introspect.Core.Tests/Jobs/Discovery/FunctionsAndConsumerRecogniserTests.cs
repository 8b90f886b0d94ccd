using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Triggers;

namespace Introspect.Core.Tests.Jobs.Discovery;

public sealed class FunctionsAndConsumerRecogniserTests
{
    [Fact]
    public async Task AzureTimerTrigger_IsAnNCrontabScheduleInUtc()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Microsoft.Azure.WebJobs;

            public static class Cleanup
            {
                [FunctionName("nightly-cleanup")]
                public static void Run([TimerTrigger("0 30 2 * * *", RunOnStartup = true)] TimerInfo timer) { }

                [FunctionName("bad")]
                public static void Bad([TimerTrigger("0 2 * * *")] TimerInfo timer) { }
            }
            """);

        var run = jobs.Single(job => job.EntryMethod == "Run");
        Assert.Equal(JobFramework.AzureFunctions, run.Framework);
        var trigger = Assert.Single(run.Triggers);
        Assert.Equal(new CronSchedule("0 30 2 * * *", CronDialect.NCrontab, true, null), trigger.Cron);
        Assert.Equal("nightly-cleanup", trigger.Identity);
        Assert.True(trigger.RunsOnStartup);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 2, 30, 0, TimeSpan.Zero), trigger.NextRuns[0]);

        var bad = Assert.Single(jobs.Single(job => job.EntryMethod == "Bad").Triggers);
        Assert.False(bad.Cron!.IsValid);
    }

    [Fact]
    public async Task AzureTimerTriggerFromAnAppSetting_IsDynamicWithItsKey()
    {
        var jobs = await JobSnippets.DiscoverAsync(
            """
            using Microsoft.Azure.WebJobs;

            public static class Export
            {
                [FunctionName("export")]
                public static void Run([TimerTrigger("%ExportSchedule%")] TimerInfo timer) { }
            }
            """,
            new Dictionary<string, string> { ["local.settings.json"] = """{ "Values": { "ExportSchedule": "0 0 4 * * *" } }""" });

        var trigger = Assert.Single(Assert.Single(jobs).Triggers);
        var setting = Assert.Single(trigger.Configuration);
        Assert.Equal("ExportSchedule", setting.Key);
        Assert.Equal("0 0 4 * * *", setting.ConfiguredValue);
        Assert.Equal("0 0 4 * * *", trigger.Cron!.Expression);
    }

    [Fact]
    public async Task MassTransitConsumer_IsTriggeredByEachMessageItConsumes()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using MassTransit;

            public sealed record ServerOrdered(int Id);
            public sealed record ServerCancelled(int Id);

            public sealed class ProvisioningConsumer : IConsumer<ServerOrdered>, IConsumer<ServerCancelled>
            {
                public Task Consume(ConsumeContext<ServerOrdered> context) => Task.CompletedTask;
                public Task Consume(ConsumeContext<ServerCancelled> context) => Task.CompletedTask;
            }

            public sealed class ServerOrderedHandler { public Task Consume(ServerOrdered message) => Task.CompletedTask; }
            """);

        var job = Assert.Single(jobs);
        Assert.Equal(JobFramework.MassTransit, job.Framework);
        Assert.Equal(["ServerCancelled", "ServerOrdered"], job.Triggers.Select(trigger => trigger.MessageType).Order());
        Assert.All(job.Triggers, trigger => Assert.Equal(TriggerKind.Message, trigger.Kind));
    }
}

/// <summary>
/// The isolated worker's TimerTrigger (Microsoft.Azure.Functions.Worker.Extensions.Timer) is not served by the package
/// mirror, so this test declares the attribute with its real name and namespace; recognition is by that name.
/// </summary>
public sealed class IsolatedTimerTriggerTests
{
    [Fact]
    public async Task IsolatedWorkerTimerTrigger_IsRecognised()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            namespace Microsoft.Azure.Functions.Worker
            {
                [AttributeUsage(AttributeTargets.Parameter)]
                public sealed class TimerTriggerAttribute(string schedule) : Attribute { public string Schedule { get; } = schedule; public bool RunOnStartup { get; set; } }

                [AttributeUsage(AttributeTargets.Method)]
                public sealed class FunctionAttribute(string name) : Attribute { public string Name { get; } = name; }
            }

            namespace Ops
            {
                using Microsoft.Azure.Functions.Worker;

                public sealed class Reports
                {
                    [Function("hourly-report")]
                    public Task Run([TimerTrigger("00:30:00")] object timer) => Task.CompletedTask;
                }
            }
            """);

        var job = Assert.Single(jobs);
        Assert.Equal("Ops.Reports.Run", job.Id);
        var trigger = Assert.Single(job.Triggers);
        Assert.Equal(TriggerKind.Interval, trigger.Kind);
        Assert.Equal(TimeSpan.FromMinutes(30), trigger.Interval);
        Assert.Equal("hourly-report", trigger.Identity);
    }
}
