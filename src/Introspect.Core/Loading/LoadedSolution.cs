using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Loading;

/// <summary>A loaded solution (or single project) with what went wrong on the way. Owns the workspace.</summary>
public sealed class LoadedSolution(Workspace workspace, string inputPath, Solution solution, ImmutableArray<ProjectLoadProblem> problems)
    : IDisposable
{
    public string InputPath { get; } = inputPath;

    /// <summary>The folder that paths in reports are relative to.</summary>
    public string RootDirectory { get; } = Path.GetDirectoryName(inputPath) ?? inputPath;

    public Solution Solution { get; } = solution;

    public ImmutableArray<ProjectLoadProblem> Problems { get; } = problems;

    /// <summary>The projects to analyse: C# projects that loaded, in a stable order.</summary>
    public ImmutableArray<Project> CSharpProjects { get; } = solution.Projects
        .Where(project => project.Language == LanguageNames.CSharp)
        .Where(project => !problems.Any(problem => problem.IsFatal && PathsEqual(problem.ProjectPath, project.FilePath)))
        .OrderBy(project => project.FilePath, StringComparer.Ordinal)
        .ThenBy(project => project.Name, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>False when some project could not be loaded, so a clean result would be a false "clean".</summary>
    public bool IsComplete => !Problems.Any(problem => problem.IsFatal);

    public void Dispose() => workspace.Dispose();

    internal static bool PathsEqual(string? left, string? right) =>
        left is not null && right is not null
        && string.Equals(Path.GetFullPath(left), Path.GetFullPath(right), StringComparison.Ordinal);
}
