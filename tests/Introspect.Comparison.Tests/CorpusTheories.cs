using Introspect.Comparison.Corpus;

namespace Introspect.Comparison.Tests;

/// <summary>The corpus case ids as theory data, so every case is its own test result.</summary>
public static class CorpusTheories
{
    public static TheoryData<string> HazardIds() => [.. ThreadingCorpus.Cases.Where(c => c.IsHazard).Select(c => c.Id)];

    public static TheoryData<string> CorrectIds() => [.. ThreadingCorpus.Cases.Where(c => !c.IsHazard).Select(c => c.Id)];

    public static TheoryData<string> AllIds() => [.. ThreadingCorpus.Cases.Select(c => c.Id)];
}
