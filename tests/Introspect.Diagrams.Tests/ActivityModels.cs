using System.Collections.Immutable;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;

namespace Introspect.Diagrams.Tests;

/// <summary>Hand-made process trees for the activity view's tests: each node kind on its own, with made-up positions.</summary>
internal static class ActivityModels
{
    public static SourcePosition At(int line) => new("/src/Ops/Job.cs", line, 5);

    public static StepNode Step(string label, params ProcessEffect[] effects) =>
        new(label, "x." + label, "Ops.Lib." + label, CallExpansion.Library, null, [.. effects], [], At(10));

    public static StepNode Call(string label, CallExpansion expansion) =>
        new(label, "x." + label, "Ops.Own." + label, expansion, null, [], [], At(20));

    public static StepNode Followed(string label, string method, params ProcessNode[] steps) =>
        new(label, "x." + label, method, CallExpansion.Followed, null, [], [.. steps], At(30));

    public static DecisionNode If(string condition, ProcessNode[] then, ProcessNode[]? otherwise = null) =>
        new(DecisionKind.If, condition, otherwise is null ? [Branch("then", then)] : [Branch("then", then), Branch("else", otherwise)], At(40));

    public static ProcessBranch Branch(string label, params ProcessNode[] steps) => new(label, [.. steps]);

    public static LoopNode Loop(LoopKind kind, string header, params ProcessNode[] steps) => new(kind, header, [.. steps], At(50));

    public static ProcessEffect Effect(EffectKind kind, string resource, EffectAccess access, string operation = "Op", string? detail = null) =>
        new(kind, resource, access, operation, detail, At(60));

    public static Job Job(params ProcessNode[] steps) => Job("Ops.Work.Runner.RunAsync", "Runner", steps);

    public static Job Job(string id, string name, params ProcessNode[] steps) =>
        TestCatalog.Job(id, name, JobFramework.Hangfire) with
        {
            Process = new ProcessModel(id, At(1), 3, [.. steps], ResourceSummary.Of(steps)),
        };

    public static ImmutableArray<ProcessNode> Many(int count, string prefix = "step") =>
        [.. Enumerable.Range(1, count).Select(index => (ProcessNode)Step($"{prefix} {index}"))];
}
