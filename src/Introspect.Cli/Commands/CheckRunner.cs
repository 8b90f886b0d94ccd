using System.Collections.Immutable;
using Introspect.Cli.Output;
using Introspect.Core.Analysis;
using Introspect.Core.Baselines;
using Introspect.Core.Loading;
using Introspect.Core.Reporting;
using Introspect.Core.Sarif;
using Spectre.Console;

namespace Introspect.Cli.Commands;

/// <summary>
/// Runs a check: resolve the input, load it, run the rules, apply the baseline, write every requested output and
/// choose the exit code. Problems the user can fix are one clear line on standard error, never a stack trace
/// (unless <c>--verbosity diagnostic</c>).
/// </summary>
internal static class CheckRunner
{
    public static Task<int> RunAsync(CheckOptions options, CliConsole console, CancellationToken cancellationToken) =>
        CommandGuard.RunAsync(() => RunCheckedAsync(options, console, cancellationToken), options.Verbosity, console);

    private static async Task<int> RunCheckedAsync(CheckOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var baseline = LoadBaseline(options, console);
        var (loaded, report) = await SolutionRun.LoadAndAnalyzeAsync(options.ToRunOptions(), console, cancellationToken).ConfigureAwait(false);
        using var ownedLoad = loaded;

        var comparison = baseline?.Compare(report.Findings);
        if (options.UpdateBaseline)
        {
            comparison = UpdateBaseline(options.BaselinePath!, report, comparison, console);
        }

        var reported = comparison?.New ?? report.Findings;
        WriteLoadProblems(report, console);
        WriteOutputs(options, report, reported, comparison, loaded.RootDirectory, console);

        if (!report.IsComplete)
        {
            return ExitCodes.LoadFailure;
        }

        return options.FailOn is { } threshold && reported.Any(finding => finding.Severity >= threshold) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static Baseline? LoadBaseline(CheckOptions options, CliConsole console)
    {
        if (options.BaselinePath is not { Length: > 0 } path)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            return options.UpdateBaseline
                ? Baseline.Empty
                : throw new UsageException($"the baseline '{path}' does not exist; create it with --update-baseline.");
        }

        try
        {
            return Baseline.Load(path);
        }
        catch (BaselineException exception) when (options.UpdateBaseline)
        {
            console.Error.MarkupLineInterpolated($"[yellow]warning:[/] {exception.Message} It will be replaced.");
            return Baseline.Empty;
        }
        catch (BaselineException exception)
        {
            throw new UsageException(exception.Message);
        }
    }

    /// <summary>Writes the current findings as the baseline; afterwards nothing is new and nothing is stale.</summary>
    private static BaselineComparison UpdateBaseline(string path, AnalysisReport report, BaselineComparison? before, CliConsole console)
    {
        CommandGuard.Usage(() =>
        {
            Baseline.From(report.Findings, report.SourceRoot).Save(path);
            return true;
        });
        console.Error.WriteLine(
            $"Baseline {path} updated: {report.Findings.Length} findings ({before?.New.Length ?? report.Findings.Length} added, {before?.Stale.Length ?? 0} stale removed).");
        return new BaselineComparison([], report.Findings, []);
    }

    private static void WriteOutputs(CheckOptions options, AnalysisReport report, ImmutableArray<Finding> reported, BaselineComparison? comparison, string displayRoot, CliConsole console)
    {
        var version = ToolVersion.Informational;
        foreach (var format in StandardOutputFormats(options, console))
        {
            switch (format)
            {
                case OutputFormat.Console:
                    ConsoleReport.Write(report, reported, comparison, displayRoot, options.Verbosity, console.Out);
                    break;
                case OutputFormat.GitHub:
                    GitHubAnnotations.Write(reported, report.SourceRoot, console.OutWriter);
                    break;
                case OutputFormat.Azure:
                    AzureAnnotations.Write(reported, report.SourceRoot, console.OutWriter);
                    break;
                case OutputFormat.Json:
                    console.OutWriter.Write(JsonReportWriter.Write(report, reported, version, comparison));
                    break;
                case OutputFormat.Sarif:
                    console.OutWriter.Write(SarifWriter.Write(report, reported, version, comparison));
                    break;
            }
        }

        if (options.SarifPath is { Length: > 0 } sarifPath)
        {
            WriteFile(sarifPath, SarifWriter.Write(report, reported, version, comparison));
        }

        if (options.JsonPath is { Length: > 0 } jsonPath)
        {
            WriteFile(jsonPath, JsonReportWriter.Write(report, reported, version, comparison));
        }
    }

    /// <summary>Console by default, and GitHub annotations too when running on GitHub Actions.</summary>
    private static IEnumerable<OutputFormat> StandardOutputFormats(CheckOptions options, CliConsole console)
    {
        if (!options.Formats.IsEmpty)
        {
            return options.Formats;
        }

        return string.Equals(console.GetEnvironmentVariable("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase)
            ? [OutputFormat.Console, OutputFormat.GitHub]
            : [OutputFormat.Console];
    }

    private static void WriteLoadProblems(AnalysisReport report, CliConsole console)
    {
        foreach (var problem in report.LoadProblems)
        {
            if (problem.IsFatal)
            {
                console.Error.MarkupLineInterpolated($"[red]error:[/] project {problem.ProjectName} was not analysed: {TerminalText.Sanitise(problem.Reason)}");
            }
            else
            {
                console.Error.MarkupLineInterpolated($"[yellow]warning:[/] project {problem.ProjectName}: {TerminalText.Sanitise(problem.Reason)}");
            }
        }

        foreach (var failure in report.AnalyzerFailures)
        {
            console.Error.MarkupLineInterpolated($"[red]error:[/] analyzer {failure.AnalyzerName} failed on project {failure.ProjectName}: {failure.Message}");
        }
    }

    private static void WriteFile(string path, string content) => CommandGuard.Usage(() =>
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, content);
        return true;
    });
}
