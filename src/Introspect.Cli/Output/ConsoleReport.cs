using Introspect.Cli.Commands;
using Introspect.Core.Analysis;
using Introspect.Core.Baselines;
using Spectre.Console;

namespace Introspect.Cli.Output;

/// <summary>
/// The human-readable report on standard output: per finding a clickable <c>file:line:col: severity ID: message</c>
/// line with a code excerpt under it, grouped by file; then a summary table per rule and a totals line.
/// </summary>
internal static class ConsoleReport
{
    private const int ExcerptIndent = 4;

    public static void Write(AnalysisReport report, IReadOnlyList<Finding> findings, BaselineComparison? baseline, string displayRoot, Verbosity verbosity, IAnsiConsole console)
    {
        string? previousFile = null;
        foreach (var finding in findings)
        {
            if (previousFile is not null && previousFile != finding.Location.FilePath && verbosity >= Verbosity.Normal)
            {
                console.WriteLine();
            }

            previousFile = finding.Location.FilePath;
            WriteFinding(finding, displayRoot, console);
            if (verbosity >= Verbosity.Normal)
            {
                WriteExcerpt(finding, console);
            }
        }

        if (verbosity >= Verbosity.Normal && findings.Count > 0)
        {
            console.WriteLine();
            console.Write(SummaryTable(report, findings));
        }

        if (verbosity >= Verbosity.Minimal)
        {
            console.WriteLine(Totals(report, findings, baseline));
        }
    }

    private static void WriteFinding(Finding finding, string displayRoot, IAnsiConsole console)
    {
        var location = $"{SourcePaths.Relative(finding.Location.FilePath, displayRoot)}:{finding.Location.Line}:{finding.Location.Column}";
        console.MarkupLineInterpolated(
            $"{TerminalText.Sanitise(location)}: [{Colour(finding.Severity)}]{Word(finding.Severity)} {finding.RuleId}[/]: {TerminalText.Sanitise(finding.Message)} [[{finding.ProjectName}]]");
    }

    /// <summary>The finding's first line with a caret underline; the span is cut at the end of that line.</summary>
    private static void WriteExcerpt(Finding finding, IAnsiConsole console)
    {
        if (string.IsNullOrWhiteSpace(finding.LineText))
        {
            return;
        }

        var line = TerminalText.Sanitise(finding.LineText.TrimEnd());
        var gutter = finding.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = Math.Clamp(finding.Location.Column - 1, 0, line.Length);
        var end = finding.Location.EndLine == finding.Location.Line ? Math.Clamp(finding.Location.EndColumn - 1, start, line.Length) : line.Length;
        var indent = new string(' ', ExcerptIndent);

        console.MarkupLineInterpolated($"{indent}[grey]{gutter} |[/] {line}");
        console.MarkupLineInterpolated($"{indent}[grey]{new string(' ', gutter.Length)} |[/] {new string(' ', start)}[{Colour(finding.Severity)}]{new string('^', Math.Max(1, end - start))}[/]");
    }

    private static Table SummaryTable(AnalysisReport report, IReadOnlyList<Finding> findings)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Rule")
            .AddColumn("Title")
            .AddColumn(new TableColumn("Errors").RightAligned())
            .AddColumn(new TableColumn("Warnings").RightAligned())
            .AddColumn(new TableColumn("Notes").RightAligned());
        foreach (var group in findings.GroupBy(finding => finding.RuleId).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            var title = report.Rules.FirstOrDefault(rule => rule.Id == group.Key)?.Title ?? group.First().Title;
            table.AddRow(
                Markup.Escape(group.Key),
                Markup.Escape(title),
                Count(group, FindingSeverity.Error),
                Count(group, FindingSeverity.Warning),
                Count(group, FindingSeverity.Note));
        }

        return table;
    }

    private static string Count(IEnumerable<Finding> findings, FindingSeverity severity) =>
        findings.Count(finding => finding.Severity == severity).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Totals(AnalysisReport report, IReadOnlyList<Finding> findings, BaselineComparison? baseline)
    {
        int Of(FindingSeverity severity) => findings.Count(finding => finding.Severity == severity);

        var projects = report.AnalysedProjects.Length;
        var totals = $"{findings.Count} {Plural(findings.Count, "finding")} ({Of(FindingSeverity.Error)} errors, {Of(FindingSeverity.Warning)} warnings, {Of(FindingSeverity.Note)} notes) in {projects} {Plural(projects, "project")}";
        if (baseline is not null)
        {
            totals += $"; {baseline.Baselined.Length} baselined, {baseline.Stale.Length} stale baseline {Plural(baseline.Stale.Length, "entry", "entries")}";
        }

        var notLoaded = report.LoadProblems.Count(problem => problem.IsFatal);
        return notLoaded == 0 ? totals : $"{totals}; {notLoaded} {Plural(notLoaded, "project")} not analysed";
    }

    private static string Plural(int count, string noun, string? plural = null) => count == 1 ? noun : plural ?? noun + "s";

    private static string Word(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "note",
    };

    private static string Colour(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "red",
        FindingSeverity.Warning => "yellow",
        _ => "blue",
    };
}
