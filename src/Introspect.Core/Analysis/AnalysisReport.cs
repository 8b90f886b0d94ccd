using System.Collections.Immutable;
using Introspect.Core.Loading;

namespace Introspect.Core.Analysis;

/// <summary>Everything one run of the rules over a solution produced.</summary>
public sealed record AnalysisReport(
    ImmutableArray<Finding> Findings,
    ImmutableArray<string> AnalysedProjects,
    ImmutableArray<ProjectLoadProblem> LoadProblems,
    ImmutableArray<AnalyzerFailure> AnalyzerFailures)
{
    public bool IsComplete => !LoadProblems.Any(problem => problem.IsFatal) && AnalyzerFailures.IsEmpty;

    public int CountAtOrAbove(FindingSeverity threshold) => Findings.Count(finding => finding.Severity >= threshold);
}

/// <summary>An analyzer threw. Never expected; reported so that a crash is not mistaken for a clean result.</summary>
public sealed record AnalyzerFailure(string ProjectName, string AnalyzerName, string Message);
