using Introspect.Core.Jobs.Process;

namespace Introspect.Core.Tests.Jobs.Process;

public sealed class FlowConstructTests
{
    private const string Services = """
        namespace Ops;

        public interface IInventory
        {
            Task<IReadOnlyList<string>> GetHostsAsync(CancellationToken ct);
            Task PushAsync(string host, CancellationToken ct);
            Task ArchiveAsync(string host, CancellationToken ct);
        }

        public sealed class HostUnreachableException(string host) : Exception(host);
        """;

    [Fact]
    public void IfWithElse_IsADecisionWithTheConditionTextAndBothBranches()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class SyncJob(IInventory inventory)
            {
                public async Task RunAsync(string host, bool archive, CancellationToken ct)
                {
                    if (archive && host.Length > 0)
                    {
                        await inventory.ArchiveAsync(host, ct);
                    }
                    else
                    {
                        await inventory.PushAsync(host, ct);
                    }
                }
            }
            """, "Ops.SyncJob.RunAsync");

        var decision = Assert.IsType<DecisionNode>(Assert.Single(model.Steps));
        Assert.Equal(DecisionKind.If, decision.Construct);
        Assert.Equal("archive && host.Length > 0", decision.Condition);
        Assert.Equal(["then", "else"], decision.Branches.Select(branch => branch.Label));
        Assert.Equal("inventory.ArchiveAsync", Assert.IsType<StepNode>(Assert.Single(decision.Branches[0].Steps)).Target);
        Assert.Equal("inventory.PushAsync", Assert.IsType<StepNode>(Assert.Single(decision.Branches[1].Steps)).Target);
    }

    [Fact]
    public void IfThatOnlyComputes_IsLeftOut()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class SyncJob(IInventory inventory)
            {
                public async Task RunAsync(string host, CancellationToken ct)
                {
                    var name = host;
                    if (name.Length > 10)
                    {
                        name = name[..10];
                    }

                    await inventory.PushAsync(name, ct);
                }
            }
            """, "Ops.SyncJob.RunAsync");

        Assert.Equal("Push", Assert.IsType<StepNode>(Assert.Single(model.Steps)).Label);
    }

    [Fact]
    public void Switch_IsADecisionWithABranchPerSection()
    {
        var model = ProcessSnippet.Build(Services + """
            public enum Channel { Sms, Email, Pager }

            public sealed class AlertJob(IInventory inventory)
            {
                public async Task RunAsync(Channel channel, CancellationToken ct)
                {
                    switch (channel)
                    {
                        case Channel.Sms:
                            await inventory.PushAsync("sms", ct);
                            break;
                        case Channel.Email:
                        case Channel.Pager:
                            await inventory.ArchiveAsync("mail", ct);
                            break;
                        default:
                            throw new ArgumentOutOfRangeException(nameof(channel));
                    }
                }
            }
            """, "Ops.AlertJob.RunAsync");

        var decision = Assert.IsType<DecisionNode>(Assert.Single(model.Steps));
        Assert.Equal(DecisionKind.Switch, decision.Construct);
        Assert.Equal("channel", decision.Condition);
        Assert.Equal(["case Channel.Sms", "case Channel.Email case Channel.Pager", "default"], decision.Branches.Select(branch => branch.Label));
        Assert.Single(decision.Branches[0].Steps);
        var thrown = Assert.IsType<ThrowNode>(Assert.Single(decision.Branches[2].Steps));
        Assert.Equal("ArgumentOutOfRangeException", thrown.ExceptionType);
    }

    [Fact]
    public void ConditionalExpressionAndCoalesceThrow_AreDecisions()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class SyncJob(IInventory inventory)
            {
                public async Task RunAsync(string? host, bool archive, CancellationToken ct)
                {
                    var target = host ?? throw new InvalidOperationException("No host.");
                    await (archive ? inventory.ArchiveAsync(target, ct) : inventory.PushAsync(target, ct));
                }
            }
            """, "Ops.SyncJob.RunAsync");

        Assert.Collection(model.Steps,
            first =>
            {
                var coalesce = Assert.IsType<DecisionNode>(first);
                Assert.Equal(DecisionKind.Coalesce, coalesce.Construct);
                Assert.Equal("host is null", coalesce.Condition);
                Assert.Equal("InvalidOperationException", Assert.IsType<ThrowNode>(Assert.Single(coalesce.Branches[0].Steps)).ExceptionType);
            },
            second =>
            {
                var conditional = Assert.IsType<DecisionNode>(second);
                Assert.Equal(DecisionKind.Conditional, conditional.Construct);
                Assert.Equal("archive", conditional.Condition);
                Assert.Equal("Archive", Assert.IsType<StepNode>(Assert.Single(conditional.Branches[0].Steps)).Label);
                Assert.Equal("Push", Assert.IsType<StepNode>(Assert.Single(conditional.Branches[1].Steps)).Label);
            });
    }

    [Fact]
    public void Loops_KeepTheirHeaderAndBody()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class SyncJob(IInventory inventory)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    foreach (var host in await inventory.GetHostsAsync(ct))
                    {
                        await inventory.PushAsync(host, ct);
                    }

                    for (var attempt = 0; attempt < 3; attempt++)
                    {
                        await inventory.ArchiveAsync("a", ct);
                    }

                    var pending = true;
                    while (pending)
                    {
                        pending = (await inventory.GetHostsAsync(ct)).Count > 0;
                    }

                    do
                    {
                        await inventory.PushAsync("b", ct);
                    }
                    while (!ct.IsCancellationRequested);
                }
            }
            """, "Ops.SyncJob.RunAsync");

        Assert.Equal("Get hosts", Assert.IsType<StepNode>(model.Steps[0]).Label);
        var loops = model.Steps.OfType<LoopNode>().ToList();
        Assert.Equal([LoopKind.ForEach, LoopKind.For, LoopKind.While, LoopKind.DoWhile], loops.Select(loop => loop.Construct));
        Assert.Equal(["var host in await inventory.GetHostsAsync(ct)", "var attempt = 0; attempt < 3; attempt++", "pending", "!ct.IsCancellationRequested"], loops.Select(loop => loop.Header));
        Assert.All(loops, loop => Assert.IsType<StepNode>(Assert.Single(loop.Steps)));
    }

    [Fact]
    public void TryCatchFinally_KeepsCatchTypesFiltersAndFinally()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class SyncJob(IInventory inventory, ILogger<SyncJob> logger)
            {
                public async Task RunAsync(string host, CancellationToken ct)
                {
                    try
                    {
                        await inventory.PushAsync(host, ct);
                    }
                    catch (HttpRequestException ex) when (ex.StatusCode is null)
                    {
                        logger.LogWarning(ex, "Could not push {Host}", host);
                    }
                    catch (HostUnreachableException)
                    {
                        throw;
                    }
                    finally
                    {
                        await inventory.ArchiveAsync(host, ct);
                    }
                }
            }
            """, "Ops.SyncJob.RunAsync");

        var tryNode = Assert.IsType<TryNode>(Assert.Single(model.Steps));
        Assert.Single(tryNode.Steps);
        Assert.Equal(["HttpRequestException", "HostUnreachableException"], tryNode.Catches.Select(clause => clause.ExceptionType));
        Assert.Equal("ex.StatusCode is null", tryNode.Catches[0].Filter);
        var log = Assert.IsType<LogNode>(Assert.Single(tryNode.Catches[0].Steps));
        Assert.Equal(("Warning", "Could not push {Host}"), (log.Level, log.Message));
        Assert.Equal("throw", Assert.IsType<ThrowNode>(Assert.Single(tryNode.Catches[1].Steps)).Text);
        Assert.Equal("Archive", Assert.IsType<StepNode>(Assert.Single(tryNode.Finally)).Label);
    }

    [Fact]
    public void WhenAllOverTasksStartedIntoLocals_ShowsTheCallsAsStrands()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class ExportJob(IInventory inventory)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    var hostsTask = inventory.GetHostsAsync(ct);
                    var pushTask = inventory.PushAsync("summary", ct);
                    await Task.WhenAll(hostsTask, pushTask);
                    await inventory.ArchiveAsync("done", ct);
                }
            }
            """, "Ops.ExportJob.RunAsync");

        Assert.Collection(model.Steps,
            first =>
            {
                var parallel = Assert.IsType<ParallelNode>(first);
                Assert.Equal(ParallelKind.WhenAll, parallel.Construct);
                Assert.Equal("Task.WhenAll(hostsTask, pushTask)", parallel.Header);
                Assert.Equal(["hostsTask", "pushTask"], parallel.Branches.Select(branch => branch.Label));
                Assert.Equal("Get hosts", Assert.IsType<StepNode>(Assert.Single(parallel.Branches[0].Steps)).Label);
                Assert.Equal("Push", Assert.IsType<StepNode>(Assert.Single(parallel.Branches[1].Steps)).Label);
            },
            second => Assert.Equal("Archive", Assert.IsType<StepNode>(second).Label));
    }

    [Fact]
    public void ParallelForEachAsyncAndTaskRun_AreParallelSectionsWithTheirBodies()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class SyncJob(IInventory inventory)
            {
                public async Task RunAsync(CancellationToken ct)
                {
                    var hosts = await inventory.GetHostsAsync(ct);
                    await Parallel.ForEachAsync(hosts.Chunk(50), ct, async (batch, token) =>
                    {
                        foreach (var host in batch)
                        {
                            await inventory.PushAsync(host, token);
                        }
                    });

                    await Task.Run(() => inventory.ArchiveAsync("all", ct));
                }
            }
            """, "Ops.SyncJob.RunAsync");

        var forEach = Assert.IsType<ParallelNode>(model.Steps[1]);
        Assert.Equal(ParallelKind.ParallelForEachAsync, forEach.Construct);
        Assert.Equal("hosts.Chunk(50)", forEach.Header);
        var strand = Assert.Single(forEach.Branches);
        Assert.Equal("each batch", strand.Label);
        var loop = Assert.IsType<LoopNode>(Assert.Single(strand.Steps));
        Assert.Equal("inventory.PushAsync", Assert.IsType<StepNode>(Assert.Single(loop.Steps)).Target);

        var run = Assert.IsType<ParallelNode>(model.Steps[2]);
        Assert.Equal(ParallelKind.TaskRun, run.Construct);
        Assert.Equal("Archive", Assert.IsType<StepNode>(Assert.Single(Assert.Single(run.Branches).Steps)).Label);
    }

    [Fact]
    public void Waits_AreDelaySleepAndPeriodicTimerWithTheirInterval()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class Poller(IInventory inventory) : Microsoft.Extensions.Hosting.BackgroundService
            {
                protected override async Task ExecuteAsync(CancellationToken stoppingToken)
                {
                    using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
                    while (await timer.WaitForNextTickAsync(stoppingToken))
                    {
                        await inventory.PushAsync("x", stoppingToken);
                        Thread.Sleep(200);
                        await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                    }
                }
            }
            """, "Ops.Poller.ExecuteAsync");

        var loop = Assert.IsType<LoopNode>(Assert.Single(model.Steps));
        Assert.Equal(LoopKind.While, loop.Construct);
        var waits = loop.Steps.OfType<WaitNode>().ToList();
        Assert.Equal([WaitKind.PeriodicTimer, WaitKind.Sleep, WaitKind.Delay], waits.Select(wait => wait.Construct));
        Assert.Equal(["TimeSpan.FromSeconds(15)", "200", "TimeSpan.FromSeconds(1)"], waits.Select(wait => wait.Duration));
        Assert.IsType<WaitNode>(loop.Steps[0]);
    }

    [Fact]
    public void ReturnsBreaksAndContinues_AreKept()
    {
        var model = ProcessSnippet.Build(Services + """
            public sealed class SyncJob(IInventory inventory)
            {
                public async Task<int> RunAsync(CancellationToken ct)
                {
                    var pushed = 0;
                    if (ct.IsCancellationRequested)
                    {
                        return -1;
                    }

                    foreach (var host in await inventory.GetHostsAsync(ct))
                    {
                        if (host.StartsWith('#'))
                        {
                            continue;
                        }

                        if (host == "stop")
                        {
                            break;
                        }

                        await inventory.PushAsync(host, ct);
                        pushed++;
                    }

                    return pushed;
                }
            }
            """, "Ops.SyncJob.RunAsync");

        var early = Assert.IsType<DecisionNode>(model.Steps[0]);
        Assert.Equal("-1", Assert.IsType<ReturnNode>(Assert.Single(early.Branches[0].Steps)).Value);
        var loop = Assert.IsType<LoopNode>(model.Steps[2]);
        Assert.Equal(JumpKind.Continue, Assert.IsType<JumpNode>(Assert.Single(Assert.IsType<DecisionNode>(loop.Steps[0]).Branches[0].Steps)).Construct);
        Assert.Equal(JumpKind.Break, Assert.IsType<JumpNode>(Assert.Single(Assert.IsType<DecisionNode>(loop.Steps[1]).Branches[0].Steps)).Construct);

        // The return at the end is where the method ends anyway, so it is not a node of its own.
        Assert.IsType<LoopNode>(model.Steps[^1]);
    }
}
