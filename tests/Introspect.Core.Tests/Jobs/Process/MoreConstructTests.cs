using Introspect.Core.Jobs.Process;

namespace Introspect.Core.Tests.Jobs.Process;

/// <summary>The rarer constructs: switch expressions, the other parallel forms, callbacks of library calls, Coravel's queue.</summary>
public sealed class MoreConstructTests
{
    private const string Services = """
        namespace Ops;

        public interface IArchive
        {
            Task StoreAsync(string item);
            Task<string> FetchAsync(string item);
        }

        public enum Tier { Basic, Premium }
        """;

    [Fact]
    public void SwitchExpressionWithCalls_IsADecisionWithAnArmPerBranch()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class TierJob(IArchive archive)
            {
                public async Task RunAsync(Tier tier)
                {
                    var label = tier switch
                    {
                        Tier.Premium => await archive.FetchAsync("premium"),
                        _ => "basic",
                    };
                    await archive.StoreAsync(label);
                }
            }
            """, "Ops.TierJob.RunAsync");

        var decision = Assert.IsType<DecisionNode>(model.Steps[0]);
        Assert.Equal((DecisionKind.SwitchExpression, "tier"), (decision.Construct, decision.Condition));
        Assert.Equal(["Tier.Premium", "_"], decision.Branches.Select(branch => branch.Label));
        Assert.Single(decision.Branches[0].Steps);
        Assert.Empty(decision.Branches[1].Steps);
    }

    [Fact]
    public void ParallelForEachStartNewAndWhenAny_AreParallelSections()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class FanOutJob(IArchive archive)
            {
                public async Task RunAsync(string[] items)
                {
                    Parallel.ForEach(items, item => archive.StoreAsync(item).Wait());
                    var started = Task.Factory.StartNew(() => archive.FetchAsync("index"));
                    await Task.WhenAny(started, Task.Delay(TimeSpan.FromSeconds(30)));
                }
            }
            """, "Ops.FanOutJob.RunAsync");

        var forEach = Assert.IsType<ParallelNode>(model.Steps[0]);
        Assert.Equal((ParallelKind.ParallelForEach, "items"), (forEach.Construct, forEach.Header));
        Assert.Equal("each item", Assert.Single(forEach.Branches).Label);

        var whenAny = Assert.IsType<ParallelNode>(model.Steps[1]);
        Assert.Equal(ParallelKind.WhenAny, whenAny.Construct);
        Assert.Equal(["started", "Task.Delay(TimeSpan.FromSeconds(30))"], whenAny.Branches.Select(branch => branch.Label));
        var startNew = Assert.IsType<ParallelNode>(Assert.Single(whenAny.Branches[0].Steps));
        Assert.Equal((ParallelKind.StartNew, "Task.Factory.StartNew"), (startNew.Construct, startNew.Header));
        Assert.IsType<WaitNode>(Assert.Single(whenAny.Branches[1].Steps));
    }

    [Fact]
    public void OwnPureComputation_IsLeftOut_ExceptAsTheWorkOfTaskRun()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class PlanningJob(IArchive archive)
            {
                public async Task RunAsync(int[] loads)
                {
                    var total = Sum(loads);
                    var plan = await Task.Run(() => Plan(loads, total));
                    await archive.StoreAsync(plan);
                }

                private static int Sum(int[] loads) => loads.Sum();

                private static string Plan(int[] loads, int total) => string.Join(",", loads.Select(load => load * 100 / total));
            }
            """, "Ops.PlanningJob.RunAsync");

        var run = Assert.IsType<ParallelNode>(model.Steps[0]);
        var plan = Assert.IsType<StepNode>(Assert.Single(Assert.Single(run.Branches).Steps));
        Assert.Equal(("Plan", CallExpansion.Followed), (plan.Label, plan.Expansion));
        Assert.Equal("archive.StoreAsync", Assert.IsType<StepNode>(model.Steps[1]).Target);
        Assert.Equal(2, model.Steps.Length);
    }

    [Fact]
    public void CallbacksOfLibraryCalls_StayUnderTheCall_ButLinqLambdasJoinTheFlow()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class CallbackJob(IArchive archive)
            {
                public void Run(List<string> items)
                {
                    items.ForEach(async item => await archive.StoreAsync(item));
                    var fetches = items.Select(item => archive.FetchAsync(item)).ToList();
                }
            }
            """, "Ops.CallbackJob.Run");

        var forEach = Assert.IsType<StepNode>(model.Steps[0]);
        Assert.Equal(("items.ForEach", CallExpansion.Library), (forEach.Target, forEach.Expansion));
        Assert.Equal("archive.StoreAsync", Assert.IsType<StepNode>(Assert.Single(forEach.Steps)).Target);
        Assert.Equal("archive.FetchAsync", Assert.IsType<StepNode>(model.Steps[1]).Target);
        Assert.Equal(2, model.Steps.Length);
    }

    [Fact]
    public void CoravelQueueAndHangfireStaticEnqueue_AreJobEffects()
    {
        var model = ProcessSnippet.Build("""
            using Coravel.Invocable;
            using Coravel.Queuing.Interfaces;
            using Hangfire;

            namespace Ops;

            public sealed class RebuildIndex : IInvocable { public Task Invoke() => Task.CompletedTask; }

            public sealed class Cleanup { public void Run(int days) { } }

            public sealed class Scheduler(IQueue queue)
            {
                public void Run()
                {
                    queue.QueueInvocable<RebuildIndex>();
                    BackgroundJob.Enqueue(() => new Cleanup().Run(30));
                }
            }
            """, "Ops.Scheduler.Run");

        var effects = model.AllEffects().Select(effect => (effect.Kind, effect.Resource, effect.Operation)).ToList();
        Assert.Equal([(EffectKind.Job, "RebuildIndex", "QueueInvocable"), (EffectKind.Job, "Cleanup", "Enqueue")], effects);
    }

    [Fact]
    public void MassTransitPublishAndSend_AreMessageEffects_AndAnOwnBusIsNot()
    {
        var model = ProcessSnippet.Build("""
            using MassTransit;

            namespace Ops;

            public sealed record SnapshotCompleted(int ServerId);

            public sealed record PurgeRequested(int Days);

            public sealed class EventBus { public Task Publish(object message) => Task.CompletedTask; }

            public sealed class CompletionJob(IPublishEndpoint publish, ISendEndpointProvider endpoints, EventBus bus)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    await publish.Publish(new SnapshotCompleted(1), ct);
                    var purge = await endpoints.GetSendEndpoint(new Uri("queue:snapshot-purge"));
                    await purge.Send(new PurgeRequested(30), ct);
                    await bus.Publish(new SnapshotCompleted(2));
                }
            }
            """, "Ops.CompletionJob.RunAsync");

        var effects = model.AllEffects().Select(effect => (effect.Kind, effect.Resource, effect.Operation, effect.Detail)).ToList();
        Assert.Equal([(EffectKind.Message, "SnapshotCompleted", "Publish", null), (EffectKind.Message, "PurgeRequested", "Send", "to queue:snapshot-purge")], effects);
    }
}
