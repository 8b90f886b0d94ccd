using Introspect.Core.Analysis;
using Spectre.Console;

namespace Introspect.Cli.Output;

/// <summary>The human-readable report: load problems, one line per finding (file:line:col), and a summary.</summary>
internal static class ConsoleReport
{
    public static void Write(AnalysisReport report, string rootDirectory, CliConsole console)
    {
        foreach (var problem in report.LoadProblems)
        {
            var what = problem.IsFatal ? "[red]error:[/] project {0} was not analysed: {1}" : "[yellow]warning:[/] project {0}: {1}";
            console.Error.MarkupLine(string.Format(
                System.Globalization.CultureInfo.InvariantCulture, what, problem.ProjectName.EscapeMarkup(), problem.Reason.EscapeMarkup()));
        }

        foreach (var failure in report.AnalyzerFailures)
        {
            console.Error.MarkupLineInterpolated(
                $"[red]error:[/] analyzer {failure.AnalyzerName} failed on project {failure.ProjectName}: {failure.Message}");
        }

        foreach (var finding in report.Findings)
        {
            var location = $"{DisplayPath(finding.Location.FilePath, rootDirectory)}:{finding.Location.Line}:{finding.Location.Column}";
            console.Out.MarkupLineInterpolated(
                $"{location}: [{ColourOf(finding.Severity)}]{SeverityWord(finding.Severity)} {finding.RuleId}[/]: {finding.Message} [[{finding.ProjectName}]]");
        }

        console.Out.WriteLine(Summary(report));
    }

    private static string Summary(AnalysisReport report)
    {
        int Count(FindingSeverity severity) => report.Findings.Count(finding => finding.Severity == severity);

        var projects = report.AnalysedProjects.Length;
        var findings = report.Findings.Length;
        var summary = $"{findings} {Plural(findings, "finding")} ({Count(FindingSeverity.Error)} errors, {Count(FindingSeverity.Warning)} warnings, {Count(FindingSeverity.Note)} notes) in {projects} {Plural(projects, "project")}";
        var notLoaded = report.LoadProblems.Count(problem => problem.IsFatal);
        return notLoaded == 0 ? summary : $"{summary}; {notLoaded} {Plural(notLoaded, "project")} not analysed";
    }

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";

    public static string DisplayPath(string path, string rootDirectory)
    {
        var relative = Path.GetRelativePath(rootDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }

    private static string SeverityWord(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    private static string ColourOf(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "red",
        FindingSeverity.Warning => "yellow",
        _ => "blue",
    };
}
