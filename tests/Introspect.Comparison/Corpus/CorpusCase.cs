using System.Collections.Immutable;

namespace Introspect.Comparison.Corpus;

/// <summary>
/// One corpus file: a hazard (it names the Introspect rules that must fire) or correct code (nothing may fire).
/// <see cref="Id"/> is the rule folder and file name, e.g. <c>INTR103/ResultInHangfireJob</c>.
/// </summary>
public sealed record CorpusCase(string Id, string RelativePath, string Description, ImmutableArray<string> ExpectedRules, string Source)
{
    public bool IsHazard => !ExpectedRules.IsEmpty;

    /// <summary>The rule the case was written for: the folder it sits in.</summary>
    public string Topic => Id.Contains('/', StringComparison.Ordinal) ? Id[..Id.IndexOf('/', StringComparison.Ordinal)] : "";

    public override string ToString() => Id;
}
