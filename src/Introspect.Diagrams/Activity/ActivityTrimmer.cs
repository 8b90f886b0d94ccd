using System.Collections.Immutable;
using Introspect.Core.Jobs.Process;

namespace Introspect.Diagrams.Activity;

/// <summary>The nodes an activity diagram draws, and how many of the model's nodes that is.</summary>
public sealed record ActivityFlow(ImmutableArray<ProcessNode> Steps, int Shown, int Total)
{
    public int Hidden => Total - Shown;
}

/// <summary>
/// Fits a process model into the node cap, always the same way for the same model. Code after a return, throw, break or
/// continue never runs and is dropped first. When the rest is still too big, the flows of the deepest followed calls are
/// folded into their call, one level at a time, so the outline of the job stays whole; when even the entry method alone
/// is too big, the nodes past the cap in source order become "N steps hidden" markers where they were.
/// Every node counts as one: a step, a decision, a loop, a try, a parallel section, a followed call's partition.
/// </summary>
public static class ActivityTrimmer
{
    public static ActivityFlow Fit(ImmutableArray<ProcessNode> steps, int maxNodes)
    {
        var reachable = Reachable(steps);
        var total = Count(reachable);
        if (total <= maxNodes)
        {
            return new ActivityFlow(reachable, total, total);
        }

        var levels = Levels(reachable);
        for (var kept = levels - 1; kept >= 0; kept--)
        {
            var folded = Fold(reachable, kept);
            var shown = Count(folded);
            if (shown <= maxNodes)
            {
                return new ActivityFlow(folded, shown, total);
            }
        }

        var budget = Math.Max(maxNodes, 1);
        var cut = Cut(levels > 0 ? Fold(reachable, 0) : reachable, ref budget);
        return new ActivityFlow(cut, Count(cut), total);
    }

    /// <summary>The number of nodes drawn for these steps; markers count as none, a folded call as one.</summary>
    public static int Count(IEnumerable<ProcessNode> steps) => steps.Sum(node => node switch
    {
        HiddenStepsNode => 0,
        CollapsedCallNode => 1,
        _ => 1 + Count(ProcessTree.Children(node)),
    });

    /// <summary>A step drawn as a partition of its own: a call whose flow was read (followed code, or a callback).</summary>
    public static bool IsPartition(ProcessNode node) => node is StepNode { Steps.IsEmpty: false };

    /// <summary>Whether the flow never goes on past this node in its sequence.</summary>
    public static bool EndsSequence(ProcessNode node) => node is ReturnNode or ThrowNode or JumpNode;

    private static ImmutableArray<ProcessNode> Reachable(ImmutableArray<ProcessNode> steps)
    {
        var kept = ImmutableArray.CreateBuilder<ProcessNode>();
        foreach (var node in steps)
        {
            kept.Add(Rebuild(node, Reachable));
            if (EndsSequence(node))
            {
                break;
            }
        }

        return kept.ToImmutable();
    }

    private static int Levels(IEnumerable<ProcessNode> steps) =>
        steps.Select(node => (IsPartition(node) ? 1 : 0) + Levels(ProcessTree.Children(node))).DefaultIfEmpty(0).Max();

    /// <summary>Keeps the flows of followed calls <paramref name="levels"/> partitions deep and folds the deeper ones.</summary>
    private static ImmutableArray<ProcessNode> Fold(ImmutableArray<ProcessNode> steps, int levels) =>
    [
        .. steps.Select(node => node switch
        {
            StepNode step when IsPartition(step) && levels == 0 => new CollapsedCallNode(step, Count(step.Steps)),
            StepNode step when IsPartition(step) => step with { Steps = Fold(step.Steps, levels - 1) },
            _ => Rebuild(node, children => Fold(children, levels)),
        }),
    ];

    /// <summary>Keeps the first <paramref name="budget"/> nodes in source order; each sequence cut short ends with a marker.</summary>
    private static ImmutableArray<ProcessNode> Cut(ImmutableArray<ProcessNode> steps, ref int budget)
    {
        var kept = ImmutableArray.CreateBuilder<ProcessNode>();
        for (var index = 0; index < steps.Length; index++)
        {
            if (budget <= 0)
            {
                kept.Add(new HiddenStepsNode(Count(steps[index..])));
                break;
            }

            budget--;
            var remaining = budget;
            kept.Add(Rebuild(steps[index], children => Cut(children, ref remaining)));
            budget = remaining;
        }

        return kept.ToImmutable();
    }

    /// <summary>The node with each of its child sequences replaced, in source order (the body, then catches, then finally).</summary>
    private static ProcessNode Rebuild(ProcessNode node, Func<ImmutableArray<ProcessNode>, ImmutableArray<ProcessNode>> children) => node switch
    {
        StepNode { Steps.IsEmpty: false } step => step with { Steps = children(step.Steps) },
        DecisionNode decision => decision with { Branches = [.. decision.Branches.Select(branch => branch with { Steps = children(branch.Steps) })] },
        LoopNode loop => loop with { Steps = children(loop.Steps) },
        TryNode tryNode => RebuildTry(tryNode, children),
        ParallelNode parallel => parallel with { Branches = [.. parallel.Branches.Select(branch => branch with { Steps = children(branch.Steps) })] },
        _ => node,
    };

    private static TryNode RebuildTry(TryNode tryNode, Func<ImmutableArray<ProcessNode>, ImmutableArray<ProcessNode>> children)
    {
        var body = children(tryNode.Steps);
        ImmutableArray<CatchClause> catches = [.. tryNode.Catches.Select(clause => clause with { Steps = children(clause.Steps) })];
        return tryNode with { Steps = body, Catches = catches, Finally = children(tryNode.Finally) };
    }
}
