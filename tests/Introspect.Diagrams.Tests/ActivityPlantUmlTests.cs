using Introspect.Core.Jobs.Process;
using Introspect.Diagrams.Activity;
using static Introspect.Diagrams.Tests.ActivityModels;

namespace Introspect.Diagrams.Tests;

/// <summary>The PlantUML activity emitter, one node kind at a time, on hand-made process trees.</summary>
public sealed class ActivityPlantUmlTests
{
    private static readonly ActivityOptions s_options = new();

    [Fact]
    public void Steps_RunFromStartToStop_InSourceOrder()
    {
        var lines = Body(Job(Step("Load"), Step("Save")));

        Assert.Equal(["start", ":Load;", ":Save;", "stop"], lines);
    }

    [Fact]
    public void ElseIf_IsOneIfWithElseIf_AndOneEndIf()
    {
        var lines = Body(Job(If("a", [Step("A")], [If("b", [Step("B")], [Step("C")])])));

        Assert.Equal(["start", "if (a) then (yes)", ":A;", "elseif (b) then (yes)", ":B;", "else (no)", ":C;", "endif", "stop"], lines);
    }

    [Fact]
    public void Switch_IsSwitchWithACasePerSection()
    {
        var decision = new DecisionNode(DecisionKind.Switch, "kind", [Branch("case 1", Step("One")), Branch("default", Step("Other"))], At(3));

        var lines = Body(Job(decision));

        Assert.Equal(["start", "switch (kind)", "case (case 1)", ":One;", "case (default)", ":Other;", "endswitch", "stop"], lines);
    }

    [Fact]
    public void Loops_AreWhileForForEach_AndRepeatForDoWhile()
    {
        var lines = Body(Job(Loop(LoopKind.ForEach, "var host in hosts", Step("Ping")), Loop(LoopKind.DoWhile, "pending > 0", Step("Poll"))));

        Assert.Equal(["start", "while (for each var host in hosts) is (next)", ":Ping;", "endwhile (done)", "repeat", ":Poll;", "repeat while (pending &#62; 0) is (yes) not (no)", "stop"], lines);
    }

    [Fact]
    public void BreakInALoop_LeavesIt_ContinueEndsThePath()
    {
        var loop = Loop(LoopKind.While, "true", If("done", [new JumpNode(JumpKind.Break, At(4))]), If("skip", [new JumpNode(JumpKind.Continue, At(5))]), Step("Work"));

        var lines = Body(Job(loop));

        Assert.Equal(
            ["start", "while (true) is (yes)", "if (done) then (yes)", ":break; <<jump>>", "break", "endif", "if (skip) then (yes)", ":continue with the next pass; <<jump>>", "detach", "endif", ":Work;", "endwhile (no)", "stop"],
            lines);
    }

    [Fact]
    public void Parallel_IsAForkWithAStrandPerBranch()
    {
        var parallel = new ParallelNode(ParallelKind.WhenAll, "Task.WhenAll(a, b)", [Branch("a", Step("Load A")), Branch("b", Step("Load B"))], At(6));

        var lines = Body(Job(parallel));

        Assert.Equal(
            ["start", ":in parallel, all of Task.WhenAll&#40;a, b&#41;; <<parallel>>", "fork", "-> a;", ":Load A;", "fork again", "-> b;", ":Load B;", "end fork {all done}", "stop"],
            lines);
    }

    [Fact]
    public void TryCatchFinally_AreGroups()
    {
        var tryNode = new TryNode([Step("Call")], [new CatchClause("System.IO.IOException", "ex.HResult == 5", [Step("Retry")]), new CatchClause("any", null, [])], [Step("Release")], At(7));

        var lines = Body(Job(tryNode));

        Assert.Equal(
            ["start", "group try {", ":Call;", "}", "group catch IOException when ex.HResult == 5 {", ":Retry;", "}", "group catch {", "}", "group finally {", ":Release;", "}", "stop"],
            lines);
    }

    [Fact]
    public void FollowedCall_IsAPartition_WhereAReturnEndsOnlyThatPath()
    {
        var followed = Followed("Check host", "Ops.Work.HostChecker.CheckAsync", If("host is null", [new ReturnNode(null, At(8))]), Step("Ping"));

        var lines = Body(Job(followed, new ReturnNode("count", At(9))));

        Assert.Equal(
            ["start", "partition \"Check host &#40;HostChecker.CheckAsync&#41;\" {", "if (host is null) then (yes)", ":return; <<return>>", "detach", "endif", ":Ping;", "}", ":return count; <<return>>", "stop"],
            lines);
    }

    [Fact]
    public void Throw_EndsItsPath_AndWhatFollowsIsUnreachable()
    {
        var lines = Body(Job(Step("Check"), new ThrowNode("System.InvalidOperationException", "new InvalidOperationException()", At(9)), Step("Never")));

        Assert.Equal(["start", ":Check;", ":throw new InvalidOperationException&#40;&#41;; <<throw>>", "end"], lines);
    }

    [Theory]
    [InlineData(CallExpansion.DepthLimit, "not followed: depth limit")]
    [InlineData(CallExpansion.Cycle, "not followed: recursion")]
    [InlineData(CallExpansion.Ambiguous, "not followed: several implementations")]
    [InlineData(CallExpansion.NoBody, "not followed: no body")]
    [InlineData(CallExpansion.Unresolved, "not followed: unresolved call")]
    public void DeeperCall_IsOneStepMarkedWithWhy(CallExpansion expansion, string why)
    {
        var lines = Body(Job(Call("Sync hosts", expansion)));

        Assert.Equal(["start", $":Sync hosts\\n<size:11><i>{why}</i></size>; <<collapsed>>", "stop"], lines);
    }

    [Fact]
    public void LibraryCall_IsAPlainStep() =>
        Assert.Equal(":Sync hosts;", Body(Job(Call("Sync hosts", CallExpansion.Library)))[1]);

    [Theory]
    [InlineData(EffectKind.Database, EffectAccess.Read, "dbread", "DB read")]
    [InlineData(EffectKind.Database, EffectAccess.Write, "dbwrite", "DB write")]
    [InlineData(EffectKind.Database, EffectAccess.ReadWrite, "dbwrite", "DB read-write")]
    [InlineData(EffectKind.Http, EffectAccess.Write, "http", "HTTP")]
    [InlineData(EffectKind.Email, EffectAccess.Write, "email", "e-mail")]
    [InlineData(EffectKind.File, EffectAccess.Read, "file", "file read")]
    [InlineData(EffectKind.File, EffectAccess.Write, "file", "file write")]
    [InlineData(EffectKind.Process, EffectAccess.None, "process", "process")]
    [InlineData(EffectKind.Message, EffectAccess.Write, "message", "publish")]
    public void Effect_IsAStereotypeWithItsTagAndResource(EffectKind kind, EffectAccess access, string stereotype, string tag)
    {
        var lines = Body(Job(Step("Touch", Effect(kind, "Things", access))));

        Assert.Equal($":Touch\\n<size:11><b>{tag}</b> &#183; Things</size>; <<{stereotype}>>", lines[1]);
    }

    [Fact]
    public void EveryStereotype_HasAStyleFromTheTheme()
    {
        var text = ActivityPlantUml.Write(Job(Step("x")), s_options, DiagramTheme.Dark);

        foreach (var style in (string[])["dbread", "dbwrite", "http", "email", "file", "process", "message", "job", "return", "throw", "collapsed", "hidden", "log", "wait", "jump", "parallel"])
        {
            Assert.Contains($"  .{style} {{", text, StringComparison.Ordinal);
        }

        Assert.Contains("BackgroundColor " + DiagramTheme.Dark.Effects.DatabaseWrite, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DiagramTheme.Light.Effects.DatabaseWrite, text, StringComparison.Ordinal);
    }

    [Fact]
    public void EnqueuedJob_IsNamed_AndLinkedToItsPage()
    {
        var snapshot = TestCatalog.Job("Ops.Snapshots.SnapshotJob.CreateAsync", "Snapshot", Core.Jobs.JobFramework.Hangfire);
        var enqueue = Step("Enqueue", Effect(EffectKind.Job, "SnapshotJob", EffectAccess.Write, "Enqueue", "SnapshotJob.CreateAsync, queue snapshots"));
        var options = s_options with { KnownJobs = [snapshot], JobLink = id => $"jobs/{id}.html" };

        var lines = Body(Job(enqueue), options);

        Assert.Equal(":Enqueue\\n<size:11><b>enqueue</b> &#183; [[jobs/Ops.Snapshots.SnapshotJob.CreateAsync.html Snapshot]]</size>; <<job>>", lines[1]);
        Assert.Contains("&#183; SnapshotJob</size>", Body(Job(enqueue))[1], StringComparison.Ordinal);
    }

    [Fact]
    public void SourceLinks_MakeStepsDecisionsAndPartitionsClickable()
    {
        var options = s_options with { SourceLink = position => $"https://git.example/blob/main/Job.cs#L{position.Line}" };

        var lines = Body(Job(Followed("Check", "Ops.Work.Checker.Check", If("ok", [Step("Go")]))), options);

        Assert.Equal("partition \"[[https://git.example/blob/main/Job.cs#L30 Check &#40;Checker.Check&#41;]]\" {", lines[1]);
        Assert.Equal("if ([[https://git.example/blob/main/Job.cs#L40 ok]]) then (yes)", lines[2]);
        Assert.Equal(":[[https://git.example/blob/main/Job.cs#L10 Go]];", lines[3]);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("")]
    public void UnsafeLink_IsLeftOut(string url) =>
        Assert.Equal(":Go;", Body(Job(Step("Go")), s_options with { SourceLink = _ => url })[1]);

    [Fact]
    public void LinkCharactersThatEndTheLink_AreEncoded() =>
        Assert.Equal("https://x.example/a%5D%5D%20b%22c%3B%7C?q=1#L2", DiagramLink.Safe("https://x.example/a]] b\"c;|?q=1#L2"));

    [Fact]
    public void Cap_KeepsTheFirstNodes_AndSaysHowManyAreHidden()
    {
        var lines = Body(Job([.. Many(100)]), s_options with { MaxNodes = 60 });

        Assert.Equal(60, lines.Count(line => line.StartsWith(":step ", StringComparison.Ordinal)));
        Assert.Equal(":step 60;", lines[60]);
        Assert.Equal(":40 steps hidden; <<hidden>>", lines[61]);
        Assert.Equal("caption 60 of 100 steps shown", lines[^1]);
    }

    [Fact]
    public void Cap_FoldsTheDeepestCallsFirst_SoTheOutlineStays()
    {
        var inner = Followed("Inner", "Ops.Work.Deep.Inner", [.. Many(10, "deep")]);
        var outer = Followed("Outer", "Ops.Work.Top.Outer", [Step("Before"), inner, Step("After")]);

        var lines = Body(Job(outer, Step("Last")), s_options with { MaxNodes = 6 });

        Assert.Equal(
            ["start", "partition \"Outer &#40;Top.Outer&#41;\" {", ":Before;", ":Inner\\n<size:11><i>10 steps inside hidden</i></size>; <<collapsed>>", ":After;", "}", ":Last;", "stop", "caption 5 of 15 steps shown"],
            lines);
    }

    [Fact]
    public void MissingProcess_SaysItWasNotRead()
    {
        var job = TestCatalog.Job("Ops.Degraded.Run", "Degraded", Core.Jobs.JobFramework.Hangfire);

        var lines = Body(job);

        Assert.Equal("start", lines[0]);
        Assert.StartsWith(":What this job does was not read", lines[1], StringComparison.Ordinal);
    }

    /// <summary>The lines between the style block and @enduml, trimmed.</summary>
    internal static string[] Body(Core.Jobs.Job job, ActivityOptions? options = null)
    {
        var text = ActivityPlantUml.Write(job, options ?? s_options, DiagramTheme.Light);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()).ToList();
        var start = lines.IndexOf("</style>") + 1;
        return [.. lines.Skip(start).TakeWhile(line => line != "@enduml")];
    }
}
