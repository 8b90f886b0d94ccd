using Introspect.Core.Jobs;

namespace Introspect.Core.Tests.Jobs.Discovery;

/// <summary>IBackgroundJobClient.Create: the state the job is created in decides the edge (enqueue, delay, continuation).</summary>
public sealed class HangfireCreateTests
{
    [Fact]
    public async Task CreateWithAnExpression_TheStateGivesEnqueueDelayOrContinuation()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;
            using Hangfire.States;

            public sealed class Planner(IBackgroundJobClient jobs)
            {
                public void Plan()
                {
                    var id = jobs.Create<Export>(export => export.RunAsync(), new EnqueuedState("exports"));
                    jobs.Create<Mailer>(mailer => mailer.Send(), new AwaitingState(id));
                    var later = new ScheduledState(TimeSpan.FromMinutes(15));
                    jobs.Create(() => Cleanup.Sweep(), later);
                }
            }

            public sealed class Export { public Task RunAsync() => Task.CompletedTask; }

            public sealed class Mailer { public void Send() { } }

            public static class Cleanup { public static void Sweep() { } }
            """);

        var export = Assert.Single(jobs.Single("Export").Triggers);
        Assert.Equal(TriggerKind.Enqueued, export.Kind);
        Assert.Equal("exports", export.Queue);
        Assert.Equal("Planner.Plan", export.Source!.Caller);
        Assert.Equal("fire-and-forget, created in EnqueuedState by Planner.Plan (queue exports)", export.Description);

        var mailer = Assert.Single(jobs.Single("Mailer").Triggers);
        Assert.Equal(TriggerKind.Continuation, mailer.Kind);
        Assert.Equal("Export.RunAsync", mailer.ParentJobId);

        var cleanup = Assert.Single(jobs.Single("Cleanup").Triggers);
        Assert.Equal(TriggerKind.Delayed, cleanup.Kind);
        Assert.Equal(TimeSpan.FromMinutes(15), cleanup.Delay);
        Assert.Equal("Sweep", jobs.Single("Cleanup").EntryMethod);
    }

    [Fact]
    public async Task CreateWithAJobObject_ReadsTheJobFromJobFromExpression()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;
            using Hangfire.Common;
            using Hangfire.States;

            public sealed class Planner(IBackgroundJobClient jobs)
            {
                public string Plan(DateTime at)
                {
                    var job = Job.FromExpression<Rebuild>(rebuild => rebuild.RunAsync(CancellationToken.None));
                    return jobs.Create(job, new ScheduledState(at));
                }
            }

            public sealed class Rebuild { public Task RunAsync(CancellationToken cancellationToken) => Task.CompletedTask; }
            """);

        var job = Assert.Single(jobs);
        Assert.Equal("Rebuild.RunAsync", job.Id);
        Assert.Equal(JobFramework.Hangfire, job.Framework);
        var trigger = Assert.Single(job.Triggers);
        Assert.Equal(TriggerKind.Delayed, trigger.Kind);
        Assert.Null(trigger.Delay);
        Assert.Equal("delayed, at a chosen time after being created in ScheduledState by Planner.Plan", trigger.Description);
    }

    [Fact]
    public async Task CreateInAStateFromElsewhere_IsAJobWhoseStateIsNotGuessed()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire;
            using Hangfire.States;

            public sealed class Planner(IBackgroundJobClient jobs)
            {
                public void Plan(IState state) => jobs.Create<Export>(export => export.Run(), state);
            }

            public sealed class Export { public void Run() { } }
            """);

        var trigger = Assert.Single(jobs.Single("Export").Triggers);
        Assert.Equal(TriggerKind.Enqueued, trigger.Kind);
        Assert.Equal("created by Planner.Plan in a state Introspect could not follow", trigger.Description);
    }

    [Fact]
    public async Task CreateMethodsThatAreNotHangfires_AreNotJobs()
    {
        var jobs = await JobSnippets.DiscoverAsync("""
            using Hangfire.Common;

            public sealed class Export { public void Run() { } }

            public sealed class ReportFactory
            {
                public string Create(System.Linq.Expressions.Expression<Action<Export>> methodCall, object state) => "report";
                public object Create(Job job, object state) => job;
            }

            public sealed class Planner(ReportFactory factory)
            {
                public void Plan()
                {
                    factory.Create(export => export.Run(), new object());
                    factory.Create(Job.FromExpression<Export>(export => export.Run()), new object());
                }
            }
            """);

        Assert.Empty(jobs);
    }
}
