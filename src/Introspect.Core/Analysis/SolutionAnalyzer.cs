using System.Collections.Concurrent;
using System.Collections.Immutable;
using Introspect.Core.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Core.Analysis;

/// <summary>
/// Runs analyzers over every C# project of a loaded solution with CompilationWithAnalyzers, so severities from
/// .editorconfig/.globalconfig, #pragma and [SuppressMessage] apply exactly as in a build.
/// </summary>
public static class SolutionAnalyzer
{
    public static async Task<AnalysisReport> AnalyzeAsync(
        LoadedSolution loaded,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        CancellationToken cancellationToken)
    {
        var findings = new ConcurrentBag<Finding>();
        var failures = new ConcurrentBag<AnalyzerFailure>();
        var parallelism = new ParallelOptions
        {
            MaxDegreeOfParallelism = Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };

        await Parallel.ForEachAsync(loaded.CSharpProjects, parallelism, async (project, token) =>
        {
            var projectFindings = await AnalyzeProjectAsync(project, analyzers, failures, token).ConfigureAwait(false);
            foreach (var finding in projectFindings)
            {
                findings.Add(finding);
            }
        }).ConfigureAwait(false);

        // A multi-targeted project loads once per framework; the same finding in each is one finding.
        return new AnalysisReport(
            findings.DistinctBy(finding => (finding.RuleId, finding.Location, finding.Message))
                .Order(FindingOrder.Instance)
                .ToImmutableArray(),
            loaded.CSharpProjects.Select(project => project.Name).ToImmutableArray(),
            loaded.Problems,
            failures.OrderBy(failure => failure.ProjectName, StringComparer.Ordinal)
                .ThenBy(failure => failure.AnalyzerName, StringComparer.Ordinal)
                .ThenBy(failure => failure.Message, StringComparer.Ordinal)
                .ToImmutableArray());
    }

    private static async Task<IEnumerable<Finding>> AnalyzeProjectAsync(
        Project project,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ConcurrentBag<AnalyzerFailure> failures,
        CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null || analyzers.IsEmpty)
        {
            return [];
        }

        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, _) =>
                failures.Add(new AnalyzerFailure(project.Name, analyzer.GetType().Name, exception.Message)),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers(analyzers, options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken)
            .ConfigureAwait(false);

        return diagnostics
            .Select(diagnostic => ToFinding(diagnostic, project.Name))
            .OfType<Finding>();
    }

    private static Finding? ToFinding(Diagnostic diagnostic, string projectName)
    {
        var severity = diagnostic.Severity.ToFindingSeverity();
        if (severity is null || diagnostic.IsSuppressed || !diagnostic.Location.IsInSource)
        {
            return null;
        }

        var span = diagnostic.Location.GetMappedLineSpan();
        return new Finding(
            diagnostic.Id,
            diagnostic.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture),
            severity.Value,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            projectName,
            new FindingLocation(
                span.Path,
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1),
            diagnostic.Descriptor.HelpLinkUri is { Length: > 0 } uri ? uri : null);
    }
}
