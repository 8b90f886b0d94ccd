using System.Collections.Concurrent;
using System.Collections.Immutable;
using Introspect.Comparison.Peers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Comparison.Running;

/// <summary>
/// Runs a set of analyzers on a compilation with every rule they support switched on at Warning, including the
/// rules their authors ship disabled, so a comparison sees everything a tool can catch.
/// </summary>
public static class AnalyzerRunner
{
    public static async Task<AnalyzerRunResult> RunAsync(
        Compilation compilation,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        bool measureTime = false,
        bool concurrent = true,
        CancellationToken cancellationToken = default)
    {
        var failures = new ConcurrentQueue<AnalyzerFailure>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, _) => failures.Enqueue(new AnalyzerFailure(analyzer.GetType().FullName!, exception.ToString())),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: measureTime,
            reportSuppressedDiagnostics: false);

        var withAnalyzers = WithEveryRuleEnabled(compilation, analyzers).WithAnalyzers(analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);

        var times = ImmutableDictionary<DiagnosticAnalyzer, TimeSpan>.Empty;
        if (measureTime)
        {
            var builder = ImmutableDictionary.CreateBuilder<DiagnosticAnalyzer, TimeSpan>();
            foreach (var analyzer in analyzers)
            {
                var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, cancellationToken).ConfigureAwait(false);
                builder[analyzer] = telemetry.ExecutionTime;
            }

            times = builder.ToImmutable();
        }

        // Analyzer crashes surface as AD0001 diagnostics too; they are failures, not findings.
        var findings = diagnostics.Where(diagnostic => diagnostic.Id != "AD0001").ToImmutableArray();
        return new AnalyzerRunResult(findings, [.. failures], times);
    }

    public static Compilation WithEveryRuleEnabled(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var enabled = compilation.Options.SpecificDiagnosticOptions.ToBuilder();
        foreach (var descriptor in analyzers.SelectMany(analyzer => AnalyzerSet.SafeSupportedDiagnostics(analyzer)))
        {
            enabled[descriptor.Id] = ReportDiagnostic.Warn;
        }

        return compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(enabled.ToImmutable()));
    }
}
