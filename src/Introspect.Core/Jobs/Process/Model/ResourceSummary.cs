using System.Collections.Immutable;

namespace Introspect.Core.Jobs.Process;

/// <summary>The resources of a tree: one entry per kind and resource, accesses merged, in a fixed order.</summary>
public static class ResourceSummary
{
    public static ImmutableArray<ResourceUse> Of(IEnumerable<ProcessNode> steps) =>
    [
        .. ProcessTree.Effects(steps)
            .GroupBy(effect => (effect.Kind, effect.Resource))
            .Select(group => new ResourceUse(
                group.Key.Kind,
                group.Key.Resource,
                group.Select(effect => effect.Access).Aggregate(EffectAccess.None, Merge),
                [.. group.Select(effect => effect.Operation).Distinct().Order(StringComparer.Ordinal)],
                [.. group.Select(effect => effect.Detail).OfType<string>().Distinct().Order(StringComparer.Ordinal)]))
            .OrderBy(use => use.Kind)
            .ThenBy(use => use.Resource, StringComparer.Ordinal),
    ];

    public static EffectAccess Merge(EffectAccess left, EffectAccess right) => (left, right) switch
    {
        (EffectAccess.None, _) => right,
        (_, EffectAccess.None) => left,
        _ when left == right => left,
        _ => EffectAccess.ReadWrite,
    };
}
