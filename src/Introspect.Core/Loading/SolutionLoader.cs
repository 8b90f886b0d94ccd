using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace Introspect.Core.Loading;

/// <summary>
/// Loads a .sln/.slnx/.slnf/.csproj with MSBuildWorkspace. Since Roslyn 4.9 the design-time builds run in
/// MSBuildWorkspace's own build host process, which locates the installed .NET SDK itself.
/// Projects whose packages were never restored are restored first (as <c>dotnet build</c> would);
/// projects that fail are reported by name with the reason, and the rest load.
/// </summary>
public static class SolutionLoader
{
    public static async Task<LoadedSolution> LoadAsync(string inputPath, LoadOptions options, CancellationToken cancellationToken)
    {
        var attempt = await LoadOnceAsync(inputPath, options, cancellationToken).ConfigureAwait(false);
        var unrestored = attempt.UnrestoredProjectPaths();
        if (!options.RestoreWhenNeeded || unrestored.IsEmpty)
        {
            return attempt.ToLoadedSolution(inputPath, restoreFailures: null);
        }

        attempt.Workspace.Dispose();
        var failures = await RestoreAsync(inputPath, unrestored, options, cancellationToken).ConfigureAwait(false);
        var retry = await LoadOnceAsync(inputPath, options, cancellationToken).ConfigureAwait(false);
        return retry.ToLoadedSolution(inputPath, failures);
    }

    /// <summary>
    /// Restores the input; when that fails (one broken project fails a whole solution's restore), restores each
    /// project on its own so the others still get their packages. Returns the projects that could not be restored.
    /// </summary>
    private static async Task<ImmutableDictionary<string, string>> RestoreAsync(
        string inputPath,
        ImmutableArray<string> unrestoredProjects,
        LoadOptions options,
        CancellationToken cancellationToken)
    {
        var whole = await PackageRestorer.RestoreAsync(inputPath, options.Properties, cancellationToken).ConfigureAwait(false);
        if (whole.Succeeded)
        {
            return ImmutableDictionary<string, string>.Empty;
        }

        if (!InputResolver.IsSolutionFile(inputPath))
        {
            return ImmutableDictionary<string, string>.Empty.Add(inputPath, LastLines(whole.Output));
        }

        var failures = ImmutableDictionary.CreateBuilder<string, string>();
        foreach (var projectPath in unrestoredProjects)
        {
            var outcome = await PackageRestorer.RestoreAsync(projectPath, options.Properties, cancellationToken).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                failures[projectPath] = LastLines(outcome.Output);
            }
        }

        return failures.ToImmutable();
    }

    private static async Task<LoadAttempt> LoadOnceAsync(string inputPath, LoadOptions options, CancellationToken cancellationToken)
    {
        var workspace = MSBuildWorkspace.Create(options.Properties.ToDictionary(pair => pair.Key, pair => pair.Value));
        var diagnostics = new ConcurrentQueue<WorkspaceDiagnostic>();
        using var subscription = workspace.RegisterWorkspaceFailedHandler(args => diagnostics.Enqueue(args.Diagnostic));

        try
        {
            var solution = InputResolver.IsSolutionFile(inputPath)
                ? await workspace.OpenSolutionAsync(inputPath, cancellationToken: cancellationToken).ConfigureAwait(false)
                : (await workspace.OpenProjectAsync(inputPath, cancellationToken: cancellationToken).ConfigureAwait(false)).Solution;
            return new LoadAttempt(workspace, solution, [.. diagnostics]);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            workspace.Dispose();
            throw new LoadException($"Could not load '{inputPath}': {exception.Message}", exception);
        }
    }

    private static string LastLines(string text) =>
        string.Join(Environment.NewLine, text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(5));

    private sealed record LoadAttempt(MSBuildWorkspace Workspace, Solution Solution, ImmutableArray<WorkspaceDiagnostic> Diagnostics)
    {
        private IEnumerable<Project> CSharpProjects => Solution.Projects.Where(project => project.Language == LanguageNames.CSharp);

        public ImmutableArray<string> UnrestoredProjectPaths() =>
        [
            .. CSharpProjects
                .Where(project => project.FilePath is not null && project.DocumentIds.Count > 0 && !RestoreState.IsRestored(project))
                .Select(project => project.FilePath!)
                .Distinct(StringComparer.Ordinal),
        ];

        /// <param name="restoreFailures">Null when no restore ran; otherwise the projects whose restore failed, with why.</param>
        public LoadedSolution ToLoadedSolution(string inputPath, ImmutableDictionary<string, string>? restoreFailures)
        {
            var problems = new List<ProjectLoadProblem>();
            foreach (var diagnostic in Diagnostics.Where(diagnostic => !WorkspaceDiagnosticClassifier.IsHarmless(diagnostic)))
            {
                var projectPath = WorkspaceDiagnosticClassifier.ProjectPathIn(diagnostic.Message);
                var project = CSharpProjects.FirstOrDefault(candidate => LoadedSolution.PathsEqual(candidate.FilePath, projectPath));

                // Fatal when the project did not load, or loaded with nothing to analyse: reporting it clean would be false.
                problems.Add(new ProjectLoadProblem(
                    project?.Name ?? NameFrom(projectPath),
                    projectPath,
                    WorkspaceDiagnosticClassifier.ReasonIn(diagnostic.Message),
                    IsFatal: projectPath is not null && (project is null || project.DocumentIds.Count == 0)));
            }

            foreach (var projectPath in UnrestoredProjectPaths())
            {
                var reason = RestoreProblem(projectPath, restoreFailures);
                if (reason is not null)
                {
                    problems.Add(new ProjectLoadProblem(NameFrom(projectPath), projectPath, reason, IsFatal: true));
                }
            }

            foreach (var project in Solution.Projects.Where(project => project.Language != LanguageNames.CSharp))
            {
                problems.Add(new ProjectLoadProblem(project.Name, project.FilePath, $"skipped: a {project.Language} project, and Introspect reads C#", IsFatal: false));
            }

            return new LoadedSolution(Workspace, inputPath, Solution, [
                .. problems
                    .DistinctBy(problem => (problem.ProjectPath, problem.Reason))
                    .OrderBy(problem => problem.ProjectName, StringComparer.Ordinal)
                    .ThenBy(problem => problem.Reason, StringComparer.Ordinal),
            ]);
        }

        private static string? RestoreProblem(string projectPath, ImmutableDictionary<string, string>? restoreFailures)
        {
            if (restoreFailures is null)
            {
                return "its packages have not been restored; run 'dotnet restore', or let Introspect restore them (drop --no-restore)";
            }

            // After a successful restore, trust it: a project may keep its assets file somewhere unusual.
            return restoreFailures.TryGetValue(projectPath, out var output) ? $"its packages could not be restored: {output}" : null;
        }

        private static string NameFrom(string? projectPath) =>
            projectPath is null ? "(solution)" : Path.GetFileNameWithoutExtension(projectPath);
    }
}
