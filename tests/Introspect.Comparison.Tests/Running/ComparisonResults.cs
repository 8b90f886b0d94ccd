using System.Collections.Immutable;
using Introspect.Comparison.Peers;

namespace Introspect.Comparison.Tests.Running;

/// <summary>Every case's findings, with the tools that produced them (Introspect first, then the peers in table order).</summary>
public sealed record ComparisonResults(AnalyzerSet Introspect, ImmutableArray<AnalyzerSet> Peers, ImmutableArray<CaseFindings> Cases)
{
    public ImmutableArray<AnalyzerSet> Tools => [Introspect, .. Peers];

    public CaseFindings For(string caseId) => Cases.Single(findings => findings.Case.Id == caseId);
}
