using System.Text.Json;
using Introspect.Core.Analysis;
using Introspect.Core.Baselines;

namespace Introspect.Core.Reporting;

/// <summary>
/// The findings as JSON for scripts (<c>--format json</c>, <c>--json file</c>). Version 1 of the format: paths are
/// relative to <c>sourceRoot</c>, lines and columns 1-based, findings in the report's stable order.
/// </summary>
public static class JsonReportWriter
{
    public const int FormatVersion = 1;


    public static string Write(AnalysisReport report, IReadOnlyList<Finding> findings, string toolVersion, BaselineComparison? baseline = null)
    {
        var document = new JsonReport(
            FormatVersion,
            new JsonTool("Introspect", toolVersion),
            report.SourceRoot,
            report.IsComplete,
            report.AnalysedProjects,
            [.. report.LoadProblems.Select(problem => new JsonLoadProblem(problem.ProjectName, problem.ProjectPath, problem.Reason, problem.IsFatal))],
            report.AnalyzerFailures,
            [.. findings.Select(finding => new JsonFinding(
                finding.RuleId,
                finding.Title,
                finding.Severity,
                finding.Message,
                finding.ProjectName,
                SourcePaths.Relative(finding.Location.FilePath, report.SourceRoot),
                finding.Location.Line,
                finding.Location.Column,
                finding.Location.EndLine,
                finding.Location.EndColumn,
                finding.Symbol,
                finding.Fingerprint,
                finding.HelpUri))],
            new JsonSummary(
                findings.Count(finding => finding.Severity == FindingSeverity.Error),
                findings.Count(finding => finding.Severity == FindingSeverity.Warning),
                findings.Count(finding => finding.Severity == FindingSeverity.Note),
                baseline?.Baselined.Length,
                baseline?.Stale.Length));

        return JsonFormatting.Serialize(document);
    }

    private sealed record JsonReport(
        int Version,
        JsonTool Tool,
        string SourceRoot,
        bool Complete,
        IReadOnlyList<string> Projects,
        IReadOnlyList<JsonLoadProblem> LoadProblems,
        IReadOnlyList<AnalyzerFailure> AnalyzerFailures,
        IReadOnlyList<JsonFinding> Findings,
        JsonSummary Summary);

    private sealed record JsonTool(string Name, string Version);

    private sealed record JsonLoadProblem(string Project, string? Path, string Reason, bool Fatal);

    private sealed record JsonFinding(
        string RuleId,
        string Title,
        FindingSeverity Severity,
        string Message,
        string Project,
        string Path,
        int Line,
        int Column,
        int EndLine,
        int EndColumn,
        string? Symbol,
        string Fingerprint,
        string? HelpUri);

    private sealed record JsonSummary(int Errors, int Warnings, int Notes, int? Baselined, int? StaleBaselineEntries);
}
