using System.Collections.Immutable;

namespace Introspect.Benchmarks.Corpus;

/// <summary>The generated corpus: its files (written to a temporary folder) and what was seeded into them.</summary>
internal sealed record SyntheticCorpus(string Folder, ImmutableArray<SyntheticFile> Files)
{
    public int Lines => Files.Sum(file => file.Lines);

    public int Count(SyntheticFileKind kind) => Files.Count(file => file.Kind == kind);

    public int LinesOf(SyntheticFileKind kind) => Files.Where(file => file.Kind == kind).Sum(file => file.Lines);

    /// <summary>How many seeded hazards name each rule.</summary>
    public ImmutableSortedDictionary<string, int> SeededHazardsByRule =>
        Files.Where(file => file.Kind == SyntheticFileKind.Hazard)
            .SelectMany(file => file.ExpectedRules)
            .GroupBy(rule => rule, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
}
