using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Introspect.Comparison.Peers;

/// <summary>
/// For each Introspect threading rule, the peer rules that look for the same hazard (from the peers' rule titles and
/// docs, and checked against what fires on the comparison corpus). The benchmark compares the cost of a rule with the
/// cost of the peer analyzers that report these ids. An empty list means no peer looks for that hazard.
/// </summary>
public static class ComparableRules
{
    public static FrozenDictionary<string, ImmutableArray<string>> ByIntrospectRule { get; } =
        new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal)
        {
            ["INTR101"] = ["VSTHRD100", "MA0155", "AsyncFixer03", "S3168"],
            ["INTR102"] = ["VSTHRD101", "MA0147", "AsyncFixer03"],
            ["INTR103"] = ["VSTHRD002", "VSTHRD103", "MA0042", "MA0045", "AsyncFixer02", "S4462", "CA1849"],
            // Not S2925: it reports Thread.Sleep in test methods, which INTR104 leaves alone, and fires on none of its hazards.
            ["INTR104"] = ["MA0042", "MA0045", "AsyncFixer02", "CA1849"],
            ["INTR105"] = ["VSTHRD110", "MA0134", "AsyncFixer04"],
            ["INTR106"] = ["VSTHRD105", "CA2008", "AsyncFixer05"],
            ["INTR107"] = ["CA2002", "MA0064", "S2551", "S3998"],
            ["INTR108"] = ["S2445", "S6507"],
            ["INTR109"] = [],
            ["INTR110"] = [],
            ["INTR111"] = ["VSTHRD103", "MA0042", "AsyncFixer02", "S6966", "CA1849"],
            ["INTR120"] = [],
            ["INTR121"] = [],
            // S2696 reports instance members that write static fields, the closest peer rule to a static written from job code.
            ["INTR122"] = ["S2696"],
            ["INTR123"] = [],
            ["INTR124"] = [],
            ["INTR125"] = [],
            ["INTR126"] = [],
            ["INTR127"] = [],
            // CA2016/MA0040 ask for the token call by call and are not counted (cancellation forwarding); no peer reasons about the loop.
            ["INTR128"] = [],
            // CA1031, S2486 and RCS1075 are about catch clauses anywhere, not counted as threading rules.
            ["INTR129"] = [],
        }.ToFrozenDictionary(StringComparer.Ordinal);

    public static ImmutableArray<string> For(string introspectRule) =>
        ByIntrospectRule.TryGetValue(introspectRule, out var peers) ? peers : [];
}
