using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;

namespace Introspect.Diagrams.Activity;

/// <summary>One effect line under a step: a tag ("DB write"), what it touches, and the enqueued job when it is one of the catalog's.</summary>
public sealed record EffectLine(string Tag, string Subject, string Style, string? JobId);

/// <summary>
/// The words of the activity view, shared by the PlantUML and the Mermaid emitter so both say the same. Everything
/// returned here is raw text from the code: the emitters escape it.
/// </summary>
public static class ActivityLabels
{
    /// <summary>The style of a step: that of its first effect, or of the node kind.</summary>
    public static string StepStyle(StepNode step, IReadOnlyList<Job> knownJobs) =>
        step.Effects.IsEmpty ? (IsCollapsed(step.Expansion) ? "collapsed" : "step") : Effect(step.Effects[0], knownJobs).Style;

    public static EffectLine Effect(ProcessEffect effect, IReadOnlyList<Job> knownJobs) => effect.Kind switch
    {
        EffectKind.Database when effect.Access is EffectAccess.Write => new("DB write", effect.Resource, "dbwrite", null),
        EffectKind.Database when effect.Access is EffectAccess.ReadWrite => new("DB read-write", effect.Resource, "dbwrite", null),
        EffectKind.Database => new("DB read", effect.Resource, "dbread", null),
        EffectKind.Http => new("HTTP", effect.Resource, "http", null),
        EffectKind.Email => new("e-mail", effect.Resource, "email", null),
        EffectKind.File => new(effect.Access is EffectAccess.Read ? "file read" : "file write", effect.Resource, "file", null),
        EffectKind.Process => new("process", effect.Resource, "process", null),
        EffectKind.Message => new("publish", effect.Detail is null ? ShortName(effect.Resource) : $"{ShortName(effect.Resource)} {effect.Detail}", "message", null),
        _ => EnqueuedJob(effect, knownJobs),
    };

    /// <summary>Why a call of the solution's own code was not drawn as a partition.</summary>
    public static string? Collapsed(CallExpansion expansion) => expansion switch
    {
        CallExpansion.DepthLimit => "not followed: depth limit",
        CallExpansion.Cycle => "not followed: recursion",
        CallExpansion.Ambiguous => "not followed: several implementations",
        CallExpansion.NoBody => "not followed: no body",
        CallExpansion.Unresolved => "not followed: unresolved call",
        _ => null,
    };

    public static bool IsCollapsed(CallExpansion expansion) => Collapsed(expansion) is not null;

    /// <summary>The title of a followed call's partition: the step and the method it runs.</summary>
    public static string Partition(StepNode step)
    {
        var method = step.Implementation ?? step.Method;
        return method is null ? step.Label : $"{step.Label} ({ShortMethod(method)})";
    }

    public static string Folded(CollapsedCallNode node) =>
        node.HiddenSteps == 1 ? "1 step inside hidden" : $"{node.HiddenSteps} steps inside hidden";

    public static string Hidden(HiddenStepsNode node) => node.Count == 1 ? "1 step hidden" : $"{node.Count} steps hidden";

    public static string Log(LogNode log) => log.Message is null ? $"log {log.Level.ToLowerInvariant()}" : $"log {log.Level.ToLowerInvariant()}: {log.Message}";

    public static string Wait(WaitNode wait)
    {
        var how = wait.Construct switch
        {
            WaitKind.Sleep => "Thread.Sleep",
            WaitKind.PeriodicTimer => "next timer tick",
            _ => "Task.Delay",
        };
        return wait.Duration is null ? $"wait ({how})" : $"wait {wait.Duration} ({how})";
    }

    public static string Return(ReturnNode node) => node.Value is null ? "return" : $"return {node.Value}";

    public static string Throw(ThrowNode node) => node.Text == "throw" ? "rethrow" : $"throw {node.Text}";

    public static string Jump(JumpNode node) => node.Construct == JumpKind.Break ? "break" : "continue with the next pass";

    public static string Loop(LoopNode loop) => loop.Construct switch
    {
        LoopKind.ForEach => $"for each {loop.Header}",
        LoopKind.For => $"for {loop.Header}",
        _ => loop.Header,
    };

    /// <summary>The words on the arrows of a loop: into the body, and out.</summary>
    public static (string Next, string Done) LoopArrows(LoopNode loop) =>
        loop.Construct is LoopKind.ForEach or LoopKind.For ? ("next", "done") : ("yes", "no");

    public static string Parallel(ParallelNode parallel)
    {
        var how = parallel.Construct switch
        {
            ParallelKind.WhenAll => "all of",
            ParallelKind.WhenAny => "the first of",
            ParallelKind.ParallelForEach or ParallelKind.ParallelForEachAsync => "each item of",
            ParallelKind.ParallelFor => "each index of",
            ParallelKind.ParallelInvoke => "all of",
            _ => "in the background:",
        };
        return $"in parallel, {how} {parallel.Header}";
    }

    public static string Join(ParallelNode parallel) => parallel.Construct switch
    {
        ParallelKind.WhenAny => "first done",
        ParallelKind.TaskRun or ParallelKind.StartNew => "started",
        _ => "all done",
    };

    /// <summary>A branch's word on its arrow: yes/no for an if or ?:, the case labels for a switch.</summary>
    public static string Branch(DecisionNode decision, ProcessBranch branch) => (decision.Construct, branch.Label) switch
    {
        (DecisionKind.If or DecisionKind.Conditional or DecisionKind.Coalesce, "then") => "yes",
        (DecisionKind.If or DecisionKind.Conditional or DecisionKind.Coalesce, "else") => "no",
        _ => branch.Label,
    };

    public static string Catch(CatchClause clause)
    {
        var type = clause.ExceptionType == "any" ? "catch" : $"catch {ShortName(clause.ExceptionType)}";
        return clause.Filter is null ? type : $"{type} when {clause.Filter}";
    }

    public static string Title(Job job) => $"{job.DisplayName} ({job.FrameworkName})";

    /// <summary>The last part of a dotted name, generic arguments kept: OpsPlatform.Contracts.AlertRaised → AlertRaised.</summary>
    public static string ShortName(string name)
    {
        var generic = name.IndexOf('<', StringComparison.Ordinal);
        var head = generic < 0 ? name : name[..generic];
        var dot = head.LastIndexOf('.');
        return dot < 0 ? name : name[(dot + 1)..];
    }

    private static string ShortMethod(string method)
    {
        var parts = method.Split('.');
        return parts.Length < 2 ? method : $"{parts[^2]}.{parts[^1]}";
    }

    private static EffectLine EnqueuedJob(ProcessEffect effect, IReadOnlyList<Job> knownJobs)
    {
        var candidates = knownJobs
            .Where(job => job.TypeName == effect.Resource || job.TypeName.EndsWith("." + effect.Resource, StringComparison.Ordinal))
            .OrderBy(job => job.Id, StringComparer.Ordinal)
            .ToList();
        var job = candidates.Count == 1
            ? candidates[0]
            : candidates.FirstOrDefault(candidate => effect.Detail?.StartsWith($"{ShortName(candidate.TypeName)}.{candidate.EntryMethod}", StringComparison.Ordinal) == true);
        var verb = effect.Operation switch
        {
            "Schedule" => "schedule",
            "ContinueJobWith" => "continue with",
            _ => "enqueue",
        };
        return new EffectLine(verb, job?.DisplayName ?? ShortName(effect.Resource), "job", job?.Id);
    }
}
