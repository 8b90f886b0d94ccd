using Introspect.Core.Jobs;

namespace Introspect.Core.Tests.Jobs.Discovery;

/// <summary>JobChainingJobListener links: the second job is a continuation of the first, matched through the AddJob keys.</summary>
public sealed class QuartzJobChainTests
{
    private const string Jobs = """
        using Quartz;

        public sealed class ExtractJob : IJob
        {
            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }

        public sealed class LoadJob : IJob
        {
            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }

        public sealed class AlertJob : IJob
        {
            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }

        public sealed class AuditJob : IJob
        {
            public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }
        """;

    [Fact]
    public async Task ChainLinks_AreContinuationsOfTheFirstJob()
    {
        var jobs = await JobSnippets.DiscoverAsync(new Dictionary<string, string>
        {
            ["Jobs.cs"] = Jobs,
            ["Schedule.cs"] = """
                using Microsoft.Extensions.DependencyInjection;
                using Quartz;
                using Quartz.Listeners;

                public static class Schedule
                {
                    public static void Add(IServiceCollection services) => services.AddQuartz(quartz =>
                    {
                        var extract = new JobKey("extract", "etl");
                        var load = new JobKey("load", "etl");
                        quartz.AddJob<ExtractJob>(job => job.WithIdentity(extract));
                        quartz.AddJob<LoadJob>(job => job.WithIdentity(load).StoreDurably());
                        quartz.AddJob<AlertJob>(job => job.WithIdentity("alert", "etl").StoreDurably());
                        quartz.AddJob<AuditJob>(job => job.WithIdentity("audit", "etl").StoreDurably());
                        quartz.AddTrigger(trigger => trigger.ForJob(extract).WithCronSchedule("0 0 1 * * ?"));

                        var chain = new JobChainingJobListener("etl-chain");
                        chain.AddJobChainLink(extract, load);
                        chain.AddJobChainLink(load, new JobKey("alert", "etl"), ContinuationCondition.OnFailure);
                        chain.AddJobChainLinks(extract, [new JobKey("audit", "etl")]);
                    });
                }
                """,
        });

        var load = Assert.Single(jobs.Single("LoadJob").Triggers);
        Assert.Equal(TriggerKind.Continuation, load.Kind);
        Assert.Equal("ExtractJob.Execute", load.ParentJobId);
        Assert.Equal("etl.extract", load.Identity);
        Assert.Equal("Schedule.Add", load.Source!.Caller);
        Assert.Equal("chained after job etl.extract completes (JobChainingJobListener), linked by Schedule.Add", load.Description);

        var alert = Assert.Single(jobs.Single("AlertJob").Triggers);
        Assert.Equal("LoadJob.Execute", alert.ParentJobId);
        Assert.Equal("chained after job etl.load completes when it ends OnFailure (JobChainingJobListener), linked by Schedule.Add", alert.Description);

        Assert.Equal("ExtractJob.Execute", Assert.Single(jobs.Single("AuditJob").Triggers).ParentJobId);
        Assert.Equal(TriggerKind.Cron, Assert.Single(jobs.Single("ExtractJob").Triggers).Kind);
    }

    [Fact]
    public async Task LinkToAKeyNoJobIsRegisteredUnder_ChainsNothing()
    {
        var jobs = await JobSnippets.DiscoverAsync(new Dictionary<string, string>
        {
            ["Jobs.cs"] = Jobs,
            ["Schedule.cs"] = """
                using Quartz;
                using Quartz.Listeners;

                public static class Schedule
                {
                    public static void Link()
                    {
                        var chain = new JobChainingJobListener("chain");
                        chain.AddJobChainLink(new JobKey("extract"), new JobKey("nobody"));
                    }
                }
                """,
        });

        Assert.All(jobs, job => Assert.DoesNotContain(job.Triggers, trigger => trigger.Kind == TriggerKind.Continuation));
    }

    [Fact]
    public async Task AChainLinkMethodOfAnotherType_IsNotAQuartzChain()
    {
        var jobs = await JobSnippets.DiscoverAsync(new Dictionary<string, string>
        {
            ["Jobs.cs"] = Jobs,
            ["Schedule.cs"] = """
                using Microsoft.Extensions.DependencyInjection;
                using Quartz;

                public sealed class Workflow
                {
                    public void AddJobChainLink(JobKey firstJob, JobKey secondJob) { }
                }

                public static class Schedule
                {
                    public static void Add(IServiceCollection services, Workflow workflow) => services.AddQuartz(quartz =>
                    {
                        var extract = new JobKey("extract", "etl");
                        var load = new JobKey("load", "etl");
                        quartz.AddJob<ExtractJob>(job => job.WithIdentity(extract));
                        quartz.AddJob<LoadJob>(job => job.WithIdentity(load).StoreDurably());
                        workflow.AddJobChainLink(extract, load);
                    });
                }
                """,
        });

        Assert.Empty(jobs.Single("LoadJob").Triggers);
    }
}
