using System.Collections.Immutable;

namespace Introspect.Core.Jobs.Process;

/// <summary>What a job does: the flow of its entry method and the resources it touches.</summary>
public sealed record ProcessModel(
    string EntryMethod,
    SourcePosition? Location,
    int MaxDepth,
    ImmutableArray<ProcessNode> Steps,
    ImmutableArray<ResourceUse> Resources)
{
    /// <summary>Every effect in the tree, followed calls included, in tree order.</summary>
    public IEnumerable<ProcessEffect> AllEffects() => ProcessTree.Effects(Steps);
}

/// <summary>Walks of the node tree shared by the builder, the summary and the writers.</summary>
public static class ProcessTree
{
    public static IEnumerable<ProcessNode> Descendants(IEnumerable<ProcessNode> nodes)
    {
        foreach (var node in nodes)
        {
            yield return node;
            foreach (var child in Descendants(Children(node)))
            {
                yield return child;
            }
        }
    }

    public static IEnumerable<ProcessEffect> Effects(IEnumerable<ProcessNode> nodes) =>
        Descendants(nodes).OfType<StepNode>().SelectMany(step => step.Effects);

    public static IEnumerable<ProcessNode> Children(ProcessNode node) => node switch
    {
        StepNode step => step.Steps,
        DecisionNode decision => decision.Branches.SelectMany(branch => branch.Steps),
        LoopNode loop => loop.Steps,
        TryNode tryNode => [.. tryNode.Steps, .. tryNode.Catches.SelectMany(clause => clause.Steps), .. tryNode.Finally],
        ParallelNode parallel => parallel.Branches.SelectMany(branch => branch.Steps),
        _ => [],
    };
}
