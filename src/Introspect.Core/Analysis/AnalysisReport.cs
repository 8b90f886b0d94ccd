using System.Collections.Immutable;
using Introspect.Core.Loading;

namespace Introspect.Core.Analysis;

/// <summary>Everything one run of the rules over a solution produced.</summary>
/// <param name="SourceRoot">The folder report paths are relative to (see <see cref="SourcePaths"/>).</param>
/// <param name="Rules">The rules that ran, whether or not they found anything.</param>
public sealed record AnalysisReport(
    ImmutableArray<Finding> Findings,
    ImmutableArray<string> AnalysedProjects,
    ImmutableArray<ProjectLoadProblem> LoadProblems,
    ImmutableArray<AnalyzerFailure> AnalyzerFailures,
    string SourceRoot,
    ImmutableArray<RuleInfo> Rules,
    AnalysisTimings Timings)
{
    public bool IsComplete => !LoadProblems.Any(problem => problem.IsFatal) && AnalyzerFailures.IsEmpty;

    public int CountAtOrAbove(FindingSeverity threshold) => Findings.Count(finding => finding.Severity >= threshold);
}

/// <summary>An analyzer threw. Never expected; reported so that a crash is not mistaken for a clean result.</summary>
public sealed record AnalyzerFailure(string ProjectName, string AnalyzerName, string Message);

/// <summary>Where the time went. Compile and analyse are summed over projects, which run in parallel.</summary>
public sealed record AnalysisTimings(TimeSpan Compile, TimeSpan Analyse, TimeSpan WallClock)
{
    public static AnalysisTimings None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
}
