using System.Text.RegularExpressions;
using Introspect.Core.Jobs.Process;
using Introspect.Diagrams.Activity;
using static Introspect.Diagrams.Tests.ActivityModels;

namespace Introspect.Diagrams.Tests;

/// <summary>The Mermaid flowchart of the activity view: every arrow is drawn, so the tests follow them.</summary>
public sealed partial class ActivityMermaidTests
{
    private static readonly ActivityOptions s_options = new();

    [Fact]
    public void Steps_AreChainedFromStartToEnd()
    {
        var chart = Chart(Job(Step("Load"), Step("Save")));

        Assert.Equal([("start", "Load", null), ("Load", "Save", null), ("Save", "end", null)], chart.Edges);
    }

    [Fact]
    public void IfWithoutElse_HasAYesBranchAndANoArrowPastIt()
    {
        var chart = Chart(Job(If("ok", [Step("Go")]), Step("Next")));

        Assert.Contains(("ok", "Go", "yes"), chart.Edges);
        Assert.Contains(("ok", "Next", "no"), chart.Edges);
        Assert.Contains(("Go", "Next", null), chart.Edges);
    }

    [Fact]
    public void Loop_BodyGoesBackToTheHead_BreakLeaves_ContinueGoesBack()
    {
        var loop = Loop(LoopKind.ForEach, "var host in hosts", If("done", [new JumpNode(JumpKind.Break, At(4))]), If("skip", [new JumpNode(JumpKind.Continue, At(5))]), Step("Ping"));

        var chart = Chart(Job(loop, Step("After")));

        Assert.Contains(("for each var host in hosts", "done", "next"), chart.Edges);
        Assert.Contains(("Ping", "for each var host in hosts", null), chart.Edges);
        Assert.Contains(("continue with the next pass", "for each var host in hosts", null), chart.Edges);
        Assert.Contains(("break", "After", null), chart.Edges);
        Assert.Contains(("for each var host in hosts", "After", "done"), chart.Edges);
    }

    [Fact]
    public void DoWhile_RunsTheBodyFirst_AndLoopsFromTheCondition()
    {
        var chart = Chart(Job(Loop(LoopKind.DoWhile, "pending", Step("Poll"))));

        Assert.Equal([("start", "repeat", null), ("repeat", "Poll", null), ("Poll", "pending", null), ("pending", "repeat", "yes"), ("pending", "end", "no")], chart.Edges);
    }

    [Fact]
    public void ReturnInAFollowedCall_GoesOnAfterTheCall_ReturnInTheJobEndsIt()
    {
        var followed = Followed("Check", "Ops.Work.Checker.Check", If("bad", [new ReturnNode(null, At(8))]), Step("Ping"));

        var chart = Chart(Job(followed, Step("After"), If("stop", [new ReturnNode("1", At(9))])));

        Assert.Contains(("return", "After", null), chart.Edges);
        Assert.Contains(("Ping", "After", null), chart.Edges);
        Assert.Contains(("return 1", "end", null), chart.Edges);
        Assert.Contains("subgraph g", chart.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_SplitsIntoStrands_AndJoins()
    {
        var parallel = new ParallelNode(ParallelKind.WhenAll, "Task.WhenAll(a, b)", [Branch("a", Step("Load A")), Branch("b", Step("Load B"))], At(6));

        var chart = Chart(Job(parallel));

        Assert.Contains(("in parallel, all of Task.WhenAll(a, b)", "Load A", "a"), chart.Edges);
        Assert.Contains(("in parallel, all of Task.WhenAll(a, b)", "Load B", "b"), chart.Edges);
        Assert.Contains(("Load A", "all done", null), chart.Edges);
        Assert.Contains(("Load B", "all done", null), chart.Edges);
    }

    [Fact]
    public void Catch_IsEnteredFromTheTryWithADottedArrow()
    {
        var tryNode = new TryNode([Step("Call")], [new CatchClause("System.IO.IOException", null, [Step("Retry")])], [], At(7));

        var chart = Chart(Job(tryNode));

        Assert.Matches(@"g\d+ -\.->\|""throws""\| a\d+", chart.Text);
        Assert.Contains(("Call", "end", null), chart.Edges);
        Assert.Contains(("Retry", "end", null), chart.Edges);
    }

    [Fact]
    public void Throw_EndsItsPath()
    {
        var chart = Chart(Job(If("bad", [new ThrowNode("X", "new X()", At(3))]), Step("Go")));

        Assert.DoesNotContain(chart.Edges, edge => edge.From == "throw new X()");
        Assert.Contains(("bad", "Go", "no"), chart.Edges);
    }

    [Fact]
    public void EffectsAndCollapsedCalls_HaveTheirClasses()
    {
        var text = ActivityMermaid.Write(Job(Step("Save", Effect(EffectKind.Database, "Hosts", EffectAccess.Write)), Call("Sync", CallExpansion.DepthLimit)), s_options, DiagramTheme.Light);

        Assert.Contains("[\"Save<br/>DB write #183; Hosts\"]:::dbwrite", text, StringComparison.Ordinal);
        Assert.Contains("[\"Sync<br/>not followed: depth limit\"]:::collapsed", text, StringComparison.Ordinal);
        Assert.Contains("classDef dbwrite fill:" + DiagramTheme.Light.Effects.DatabaseWrite, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_AreClicks_AnEnqueueLinksToTheJob()
    {
        var snapshot = TestCatalog.Job("Ops.Snapshots.SnapshotJob.CreateAsync", "Snapshot", Core.Jobs.JobFramework.Hangfire);
        var options = s_options with
        {
            KnownJobs = [snapshot],
            JobLink = id => $"jobs/{id}.html",
            SourceLink = position => $"https://git.example/Job.cs#L{position.Line}",
        };

        var text = ActivityMermaid.Write(Job(Step("Load"), Step("Enqueue", Effect(EffectKind.Job, "SnapshotJob", EffectAccess.Write, "Enqueue"))), options, DiagramTheme.Light);

        Assert.Contains("click a1 href \"https://git.example/Job.cs#L10\"", text, StringComparison.Ordinal);
        Assert.Contains("click a2 href \"jobs/Ops.Snapshots.SnapshotJob.CreateAsync.html\"", text, StringComparison.Ordinal);
        Assert.Contains("enqueue #183; Snapshot\"]:::job", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cap_EndsWithAHiddenMarkerAndTheCount()
    {
        var chart = Chart(Job([.. Many(30)]), s_options with { MaxNodes = 10 });

        Assert.Contains(("step 10", "20 steps hidden", null), chart.Edges);
        Assert.Contains(("20 steps hidden", "10 of 30 steps shown", null), chart.Edges);
    }

    /// <summary>The chart's arrows as (from label, to label, arrow label), in the order they are written.</summary>
    private static (string Text, List<(string From, string To, string? Label)> Edges) Chart(Core.Jobs.Job job, ActivityOptions? options = null)
    {
        var text = ActivityMermaid.Write(job, options ?? s_options, DiagramTheme.Light);
        var labels = NodeLine().Matches(text).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value.Split("<br/>")[0]);
        var edges = EdgeLine().Matches(text)
            .Select(match => (labels.GetValueOrDefault(match.Groups[1].Value, match.Groups[1].Value), labels[match.Groups[3].Value], match.Groups[2].Success ? match.Groups[2].Value : null))
            .ToList();
        return (text, edges);
    }

    [GeneratedRegex(@"^\s*(a\d+)[\[\(\{]+""(.*?)""[\]\)\}]+:::", RegexOptions.Multiline)]
    private static partial Regex NodeLine();

    [GeneratedRegex(@"^\s*([ag]\d+) -\.?->(?:\|""(.*?)""\|)? (a\d+)$", RegexOptions.Multiline)]
    private static partial Regex EdgeLine();
}
