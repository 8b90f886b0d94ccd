using Introspect.Comparison.Peers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Benchmarks.Report;

/// <summary>The rule ids an analyzer reports, as a table cell: all of Introspect's, the counted ones of a peer.</summary>
internal static class AnalyzerRules
{
    public static IReadOnlyList<string> Of(AnalyzerSet set, DiagnosticAnalyzer analyzer) =>
        [
            .. AnalyzerSet.SafeSupportedDiagnostics(analyzer)
                .Select(descriptor => descriptor.Id)
                .Where(id => set.Key == AnalyzerSets.IntrospectKey || ThreadingRelevance.IsCounted(id))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal),
        ];

    public static string Describe(AnalyzerSet set, DiagnosticAnalyzer analyzer) => string.Join(", ", Of(set, analyzer));
}
