using System.Collections.Immutable;

namespace Introspect.Benchmarks.Corpus;

/// <summary>One generated file: a copy of a corpus case (hazard or correct twin) or filler code.</summary>
internal sealed record SyntheticFile(string RelativePath, string Text, SyntheticFileKind Kind, ImmutableArray<string> ExpectedRules)
{
    public int Lines { get; } = Text.Count(character => character == '\n') + 1;
}

internal enum SyntheticFileKind
{
    Hazard,
    CorrectTwin,
    Filler,
}
