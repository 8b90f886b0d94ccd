using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Introspect.Core.Baselines;
using Introspect.Core.Git;
using Introspect.Core.Loading;
using Introspect.Core.Migrations;
using Introspect.Core.Migrations.JobUse;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Core.Analysis;

/// <summary>
/// Runs analyzers over the C# projects of a loaded solution with CompilationWithAnalyzers, so severities from
/// .editorconfig/.globalconfig, #pragma and [SuppressMessage] apply exactly as in a build. Projects are analysed in
/// parallel, up to the number of cores.
/// </summary>
public static class SolutionAnalyzer
{
    public static Task<AnalysisReport> AnalyzeAsync(
        LoadedSolution loaded,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        CancellationToken cancellationToken) =>
        AnalyzeAsync(loaded, new AnalysisRequest(analyzers), cancellationToken);

    public static async Task<AnalysisReport> AnalyzeAsync(LoadedSolution loaded, AnalysisRequest request, CancellationToken cancellationToken)
    {
        var wallClock = Stopwatch.StartNew();
        var analyzers = request.Analyzers
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => request.Rules.Includes(descriptor.Id)))
            .ToImmutableArray();
        var projects = loaded.CSharpProjects.Where(request.IncludesProject).ToImmutableArray();
        var results = new ConcurrentBag<ProjectResult>();
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        var sourceRoot = SourcePaths.FindRoot(loaded.InputPath);
        var shipped = request.ShippedSince is { } gitRef
            ? new ShippedSince(await GitFiles.AtAsync(sourceRoot, gitRef, cancellationToken).ConfigureAwait(false), sourceRoot)
            : null;

        var readRemovals = request.Rules.Includes(Introspect.Analyzers.DiagnosticIds.DroppedWhileJobUsesIt);
        await Parallel.ForEachAsync(projects, parallelism, async (project, token) =>
            results.Add(await AnalyzeProjectAsync(project, analyzers, shipped, readRemovals, token).ConfigureAwait(false))).ConfigureAwait(false);

        // Solution-level rules: they need what more than one project holds (a migration here, the job using it there).
        var solutionFindings = readRemovals
            ? await JobUseCheck.RunAsync(loaded, [.. results.Select(result => result.Removals).OfType<ProjectRemovals>()], cancellationToken).ConfigureAwait(false)
            : [];

        // A multi-targeted project loads once per framework; the same finding in each is one finding.
        var findings = results.SelectMany(result => result.Findings)
            .Concat(solutionFindings)
            .Where(finding => request.Rules.Includes(finding.RuleId))
            .DistinctBy(finding => (finding.RuleId, finding.Location, finding.Message))
            .Order(FindingOrder.Instance)
            .ToList();

        return new AnalysisReport(
            [.. FindingFingerprint.Assign(findings, sourceRoot)],
            [.. projects.Select(project => project.Name)],
            loaded.Problems,
            [
                .. results.SelectMany(result => result.Failures)
                    .OrderBy(failure => failure.ProjectName, StringComparer.Ordinal)
                    .ThenBy(failure => failure.AnalyzerName, StringComparer.Ordinal)
                    .ThenBy(failure => failure.Message, StringComparer.Ordinal),
            ],
            sourceRoot,
            [
                .. analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics)
                    .Where(descriptor => request.Rules.Includes(descriptor.Id))
                    .DistinctBy(descriptor => descriptor.Id)
                    .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal)
                    .Select(RuleInfo.From),
            ],
            new AnalysisTimings(
                TimeSpan.FromTicks(results.Sum(result => result.CompileTime.Ticks)),
                TimeSpan.FromTicks(results.Sum(result => result.AnalyseTime.Ticks)),
                wallClock.Elapsed));
    }

    private static async Task<ProjectResult> AnalyzeProjectAsync(
        Project project,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        ShippedSince? shipped,
        bool readRemovals,
        CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        project = SqlScriptDocuments.AddTo(project);
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        var compileTime = stopwatch.Elapsed;
        if (compilation is null || analyzers.IsEmpty)
        {
            return new ProjectResult([], [], compileTime, TimeSpan.Zero);
        }

        var failures = new ConcurrentBag<AnalyzerFailure>();
        var analyzerOptions = shipped is null ? project.AnalyzerOptions : shipped.OptionsFor(project, compilation, cancellationToken);
        var options = new CompilationWithAnalyzersOptions(
            analyzerOptions,
            onAnalyzerException: (exception, analyzer, _) =>
                failures.Add(new AnalyzerFailure(project.Name, analyzer.GetType().Name, exception.Message)),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        stopwatch.Restart();
        var diagnostics = await compilation.WithAnalyzers(analyzers, options)
            .GetAnalyzerDiagnosticsAsync(cancellationToken)
            .ConfigureAwait(false);
        var additionalTexts = await AdditionalTextsAsync(project, diagnostics, cancellationToken).ConfigureAwait(false);
        var findings = diagnostics
            .Select(diagnostic => FindingFactory.Create(diagnostic, project.Name, compilation, additionalTexts))
            .OfType<Finding>()
            .ToList();

        // INTR221 reads the migrations the rules above have already read (the catalog is the compilation's), with the same options.
        var removals = readRemovals
            ? new ProjectRemovals(project, compilation, analyzerOptions, UnshippedRemovals.Read(compilation, analyzerOptions, cancellationToken))
            : null;
        return new ProjectResult(findings, [.. failures], compileTime, stopwatch.Elapsed) { Removals = removals };
    }

    /// <summary>The texts of the additional files (.sql scripts) that diagnostics point into, by path.</summary>
    private static async Task<IReadOnlyDictionary<string, SourceText>> AdditionalTextsAsync(
        Project project,
        ImmutableArray<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        var paths = diagnostics
            .Where(diagnostic => diagnostic.Location.Kind == LocationKind.ExternalFile)
            .Select(diagnostic => diagnostic.Location.GetLineSpan().Path)
            .ToHashSet(StringComparer.Ordinal);
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var document in project.AdditionalDocuments)
        {
            if (document.FilePath is { } path && paths.Contains(path))
            {
                texts[path] = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return texts;
    }

    /// <summary>
    /// <c>--since</c>: the files that existed at the git ref. A project's migrations among them are listed in its
    /// <c>introspect.migrations.shipped</c> option, on top of any .editorconfig setting.
    /// </summary>
    private sealed record ShippedSince(IReadOnlySet<string> FilesAtRef, string WorkTreeRoot)
    {
        public AnalyzerOptions OptionsFor(Project project, Compilation compilation, CancellationToken cancellationToken)
        {
            var shippedIds = ShippedMigrations.ShippedIds(project, compilation, FilesAtRef, WorkTreeRoot, cancellationToken);
            if (shippedIds.Count == 0)
            {
                return project.AnalyzerOptions;
            }

            var overlay = ImmutableDictionary<string, string>.Empty.Add(Introspect.Analyzers.Migrations.MigrationOptions.ShippedKey, string.Join(";", shippedIds));
            return new AnalyzerOptions(
                project.AnalyzerOptions.AdditionalFiles,
                new OverlaidAnalyzerConfigOptionsProvider(project.AnalyzerOptions.AnalyzerConfigOptionsProvider, overlay));
        }
    }

    private sealed record ProjectResult(
        IReadOnlyList<Finding> Findings,
        IReadOnlyList<AnalyzerFailure> Failures,
        TimeSpan CompileTime,
        TimeSpan AnalyseTime)
    {
        /// <summary>For INTR221: the project's unshipped drops and renames (null when the rule is not selected).</summary>
        public ProjectRemovals? Removals { get; init; }
    }
}
