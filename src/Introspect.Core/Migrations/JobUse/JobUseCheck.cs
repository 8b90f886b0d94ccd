using System.Collections.Immutable;
using Introspect.Core.Analysis;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Discovery;
using Introspect.Core.Loading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Introspect.Core.Migrations.JobUse;

/// <summary>The drops and renames one analysed project's migrations make, with what is needed to report on them there.</summary>
internal sealed record ProjectRemovals(Project Project, Compilation Compilation, AnalyzerOptions Options, IReadOnlyList<SchemaRemoval> Removals);

/// <summary>
/// Runs INTR221 after the analyzers: when some project's unshipped migrations drop or rename something, the jobs of
/// the whole solution are found (with their process models; the compilations are the loaded solution's, already
/// built) and matched against every removal. Without a removal nothing is discovered: discovery costs seconds.
/// </summary>
internal static class JobUseCheck
{
    public static async Task<IReadOnlyList<Finding>> RunAsync(LoadedSolution loaded, IReadOnlyList<ProjectRemovals> projects, CancellationToken cancellationToken)
    {
        var withRemovals = projects.Where(project => project.Removals.Count > 0).ToList();
        if (withRemovals.Count == 0)
        {
            return [];
        }

        // Next runs are not part of the message; a fixed instant keeps discovery from reading the clock.
        var options = new DiscoveryOptions { Now = DateTimeOffset.UnixEpoch, NextRunCount = 0 };
        var catalog = await JobDiscovery.DiscoverAsync(loaded, options, cancellationToken).ConfigureAwait(false);
        var jobs = catalog.Jobs.Where(job => job.Process is not null).ToList();
        if (jobs.Count == 0)
        {
            return [];
        }

        var findings = new List<Finding>();
        foreach (var project in withRemovals)
        {
            var diagnostics = DroppedWhileJobUsesIt.Find(project.Removals, jobs, loaded.RootDirectory);
            var reported = await PrecomputedDiagnostics.ReportAsync(project.Compilation, project.Options, diagnostics, cancellationToken).ConfigureAwait(false);
            var scripts = ScriptTexts(project.Options, reported, cancellationToken);
            findings.AddRange(reported
                .Select(diagnostic => FindingFactory.Create(diagnostic, project.Project.Name, project.Compilation, scripts))
                .OfType<Finding>());
        }

        return findings;
    }

    private static Dictionary<string, SourceText> ScriptTexts(AnalyzerOptions options, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var paths = diagnostics.Where(diagnostic => diagnostic.Location.Kind == LocationKind.ExternalFile)
            .Select(diagnostic => diagnostic.Location.GetLineSpan().Path)
            .ToHashSet(StringComparer.Ordinal);
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles.Where(file => paths.Contains(file.Path)))
        {
            if (file.GetText(cancellationToken) is { } text)
            {
                texts[file.Path] = text;
            }
        }

        return texts;
    }
}
