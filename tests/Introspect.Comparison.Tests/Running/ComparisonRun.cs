using System.Collections.Immutable;
using Introspect.Comparison.Corpus;
using Introspect.Comparison.Peers;
using Introspect.Comparison.Running;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Comparison.Tests.Running;

/// <summary>
/// Runs Introspect and every peer over the corpus once per test process (each case compiled on its own, all
/// tools in one analyzer pass per case), and sorts what they report by tool.
/// </summary>
public static class ComparisonRun
{
    private const string ThreadingRulePrefix = "INTR1";

    private static readonly Lazy<ComparisonResults> s_results = new(Run, LazyThreadSafetyMode.ExecutionAndPublication);

    public static ComparisonResults Results => s_results.Value;

    private static ComparisonResults Run()
    {
        var introspect = AnalyzerSets.Introspect();

        // Only the peer analyzers that can report an id the comparison looks at; the others cannot change a table.
        ImmutableArray<AnalyzerSet> peers = [.. AnalyzerSets.Peers.Select(peer => peer.Reporting(ThreadingRelevance.AllReportedIds))];
        var toolOfAnalyzer = new Dictionary<DiagnosticAnalyzer, string>();
        foreach (var set in peers.Prepend(introspect))
        {
            foreach (var analyzer in set.Analyzers)
            {
                toolOfAnalyzer[analyzer] = set.Key;
            }
        }

        var toolOfType = toolOfAnalyzer.ToDictionary(pair => pair.Key.GetType().FullName!, pair => pair.Value, StringComparer.Ordinal);
        ImmutableArray<DiagnosticAnalyzer> analyzers = [.. introspect.Analyzers, .. peers.SelectMany(peer => peer.Analyzers)];
        var peerOfId = peers
            .SelectMany(peer => peer.SupportedDescriptors.Select(descriptor => (descriptor.Id, peer.Key)))
            .DistinctBy(pair => pair.Id)
            .ToDictionary(pair => pair.Id, pair => pair.Key, StringComparer.Ordinal);

        ImmutableArray<CaseFindings> findings =
        [
            .. ThreadingCorpus.Cases.Select(corpusCase => Analyse(corpusCase, analyzers, peerOfId, toolOfType)),
        ];
        return new ComparisonResults(introspect, peers, findings);
    }

    private static CaseFindings Analyse(
        CorpusCase corpusCase,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        IReadOnlyDictionary<string, string> peerOfId,
        IReadOnlyDictionary<string, string> toolOfType)
    {
        var compilation = CaseCompiler.Compile(corpusCase);
        ImmutableArray<string> errors =
        [
            .. compilation.GetDiagnostics()
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
                .Select(diagnostic => diagnostic.ToString()),
        ];

        var run = AnalyzerRunner.RunAsync(compilation, analyzers).GetAwaiter().GetResult();
        var ids = run.Diagnostics.Select(diagnostic => diagnostic.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

        ImmutableArray<string> introspectRules = [.. ids.Where(id => id.StartsWith(ThreadingRulePrefix, StringComparison.Ordinal))];
        var counted = GroupByPeer(ids.Where(ThreadingRelevance.IsCounted), peerOfId);
        var excluded = GroupByPeer(ids.Where(id => ThreadingRelevance.ExcludedGroupOf(id) is not null), peerOfId);

        bool IsIntrospect(AnalyzerFailure failure) =>
            toolOfType.TryGetValue(failure.AnalyzerType, out var tool) && tool == AnalyzerSets.IntrospectKey;

        return new CaseFindings(
            corpusCase,
            errors,
            introspectRules,
            counted,
            excluded,
            [.. run.Failures.Where(IsIntrospect)],
            [.. run.Failures.Where(failure => !IsIntrospect(failure))]);
    }

    private static ImmutableDictionary<string, ImmutableArray<string>> GroupByPeer(IEnumerable<string> ids, IReadOnlyDictionary<string, string> peerOfId) =>
        ids.Where(peerOfId.ContainsKey)
            .GroupBy(id => peerOfId[id], StringComparer.Ordinal)
            .ToImmutableDictionary(group => group.Key, group => group.Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
}
