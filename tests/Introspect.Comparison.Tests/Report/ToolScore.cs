using System.Globalization;
using Introspect.Comparison.Peers;
using Introspect.Comparison.Tests.Running;

namespace Introspect.Comparison.Tests.Report;

/// <summary>How one tool did on a set of cases: hazards it caught, and correct cases it reported anyway.</summary>
public sealed record ToolScore(int Caught, int Hazards, int FalsePositives, int Correct)
{
    public static ToolScore Of(string toolKey, IEnumerable<CaseFindings> cases)
    {
        var list = cases.ToList();
        var hazards = list.Where(findings => findings.Case.IsHazard).ToList();
        var correct = list.Where(findings => !findings.Case.IsHazard).ToList();
        var caught = hazards.Count(findings => toolKey == AnalyzerSets.IntrospectKey ? findings.IntrospectCatches : findings.Fired(toolKey));
        return new ToolScore(caught, hazards.Count, correct.Count(findings => findings.Fired(toolKey)), correct.Count);
    }

    /// <summary>The peers together: a hazard any of them catches, a correct case any of them reports.</summary>
    public static ToolScore OfAnyPeer(ComparisonResults results)
    {
        bool AnyPeerFired(CaseFindings findings) => results.Peers.Any(peer => findings.Fired(peer.Key));
        var hazards = results.Cases.Where(findings => findings.Case.IsHazard).ToList();
        var correct = results.Cases.Where(findings => !findings.Case.IsHazard).ToList();
        return new ToolScore(hazards.Count(AnyPeerFired), hazards.Count, correct.Count(AnyPeerFired), correct.Count);
    }

    public string CaughtText => Ratio(Caught, Hazards);

    public string FalsePositiveText => Ratio(FalsePositives, Correct);

    private static string Ratio(int part, int whole) => string.Create(CultureInfo.InvariantCulture, $"{part} / {whole}");
}
