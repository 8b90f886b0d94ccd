using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Core.Analysis;

/// <summary>
/// Reports diagnostics that a solution-level rule computed outside any analyzer (it needs more than one compilation)
/// through <see cref="CompilationWithAnalyzers"/> on the compilation they are located in. Roslyn then treats them as
/// it treats every analyzer's diagnostics: severities from .editorconfig/.globalconfig and the project (NoWarn,
/// WarningsAsErrors), <c>#pragma warning disable</c> and <c>[SuppressMessage]</c> all apply, with no second
/// implementation of those rules here. Only the files the diagnostics are in are analysed, with one do-nothing-else
/// analyzer, so this costs one semantic model per file.
/// </summary>
internal static class PrecomputedDiagnostics
{
    /// <summary>The diagnostics as the build would report them: re-severitied, suppressed ones marked or dropped.</summary>
    public static async Task<ImmutableArray<Diagnostic>> ReportAsync(
        Compilation compilation,
        AnalyzerOptions options,
        ImmutableArray<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        if (diagnostics.IsEmpty)
        {
            return [];
        }

        var reporter = new Reporter(diagnostics);
        var withAnalyzers = compilation.WithAnalyzers(
            [reporter],
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var reported = ImmutableArray.CreateBuilder<Diagnostic>();

        foreach (var tree in diagnostics.Select(diagnostic => diagnostic.Location.SourceTree).OfType<SyntaxTree>().Distinct())
        {
            var model = compilation.GetSemanticModel(tree);
            reported.AddRange(await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, cancellationToken).ConfigureAwait(false));
        }

        var scriptPaths = diagnostics
            .Where(diagnostic => diagnostic.Location.Kind == LocationKind.ExternalFile)
            .Select(diagnostic => diagnostic.Location.GetLineSpan().Path)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles.Where(file => scriptPaths.Contains(file.Path)))
        {
            var result = await withAnalyzers.GetAnalysisResultAsync(file, cancellationToken).ConfigureAwait(false);
            reported.AddRange(result.GetAllDiagnostics());
        }

        return reported.ToImmutable();
    }

    /// <summary>Hands each diagnostic to Roslyn when the file it is located in is analysed.</summary>
    /// <remarks>
    /// Created by the host for one call and never loaded by a compiler, so it has no [DiagnosticAnalyzer] attribute
    /// (and is never mistaken for one of Introspect's analyzers, which come from the Introspect.Analyzers assembly).
    /// </remarks>
#pragma warning disable RS1001 // See the remarks: not a compiler extension.
    private sealed class Reporter(ImmutableArray<Diagnostic> diagnostics) : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [.. diagnostics.Select(diagnostic => diagnostic.Descriptor).DistinctBy(descriptor => descriptor.Id)];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterSemanticModelAction(modelContext =>
            {
                foreach (var diagnostic in diagnostics.Where(diagnostic => diagnostic.Location.SourceTree == modelContext.SemanticModel.SyntaxTree))
                {
                    modelContext.ReportDiagnostic(diagnostic);
                }
            });
            context.RegisterAdditionalFileAction(fileContext =>
            {
                foreach (var diagnostic in diagnostics.Where(diagnostic =>
                    diagnostic.Location.Kind == LocationKind.ExternalFile
                    && string.Equals(diagnostic.Location.GetLineSpan().Path, fileContext.AdditionalFile.Path, StringComparison.Ordinal)))
                {
                    fileContext.ReportDiagnostic(diagnostic);
                }
            });
        }
    }
}
