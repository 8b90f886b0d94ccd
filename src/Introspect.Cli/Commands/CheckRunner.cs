using System.Collections.Immutable;
using System.Diagnostics;
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
    public static async Task<int> RunAsync(CheckOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        try
        {
            return await RunCheckedAsync(options, console, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException exception)
        {
            return Fail(console, exception.Message, ExitCodes.UsageError);
        }
        catch (LoadException exception)
        {
            return Fail(console, exception.Message, ExitCodes.LoadFailure);
        }
        catch (OperationCanceledException)
        {
            return Fail(console, "cancelled; the result is incomplete.", ExitCodes.LoadFailure);
        }
        catch (Exception exception) when (options.Verbosity < Verbosity.Diagnostic)
        {
            return Fail(console, $"unexpected failure: {exception.Message} (run with --verbosity diagnostic for details)", ExitCodes.LoadFailure);
        }
    }

    private static async Task<int> RunCheckedAsync(CheckOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var inputPath = Guard(() => InputResolver.Resolve(options.Path, console.CurrentDirectory));
        var analyzers = IntrospectAnalyzers.All;
        var knownIds = analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var rules = Guard(() => RuleSelection.Parse(options.Rules, options.ExcludeRules, knownIds));
        var baseline = LoadBaseline(options, console);
        var progress = new ProgressReporter(console, options.Verbosity);

        var loadTime = Stopwatch.StartNew();
        using var loaded = await progress.RunAsync(
            $"Loading {Path.GetFileName(inputPath)}",
            () => SolutionLoader.LoadAsync(inputPath, new LoadOptions { Properties = options.Properties, RestoreWhenNeeded = options.Restore }, cancellationToken)).ConfigureAwait(false);
        progress.Detail($"Loaded {loaded.CSharpProjects.Length} projects in {Seconds(loadTime.Elapsed)}.");

        var request = new AnalysisRequest(analyzers) { Rules = rules, Projects = options.Projects, ShippedSince = options.Since };
        if (!options.Projects.IsEmpty && !loaded.CSharpProjects.Any(request.IncludesProject))
        {
            throw new UsageException(
                $"no project matches --project {string.Join(", ", options.Projects)}; the projects are {string.Join(", ", loaded.CSharpProjects.Select(project => project.Name))}.");
        }

        var report = await progress.RunAsync(
            $"Analysing {loaded.CSharpProjects.Count(request.IncludesProject)} projects",
            () => GuardAsync(() => SolutionAnalyzer.AnalyzeAsync(loaded, request, cancellationToken))).ConfigureAwait(false);
        progress.Detail($"Compiled in {Seconds(report.Timings.Compile)} and analysed in {Seconds(report.Timings.Analyse)} (summed over projects); {Seconds(report.Timings.WallClock)} wall clock.");

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
        Guard(() =>
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

    private static void WriteFile(string path, string content) => Guard(() =>
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, content);
        return true;
    });

    /// <summary>Turns the errors a user can fix (a bad path, an unknown rule, an unwritable file) into usage errors.</summary>
    private static T Guard<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception exception) when (exception is InputException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            throw new UsageException(exception.Message);
        }
    }

    /// <summary>A git ref that git does not know is the user's to fix.</summary>
    private static async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Introspect.Core.Git.GitException exception)
        {
            throw new UsageException(exception.Message);
        }
    }

    private static int Fail(CliConsole console, string message, int exitCode)
    {
        console.Error.MarkupLineInterpolated($"[red]error:[/] {message}");
        return exitCode;
    }

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s";

    private sealed class UsageException(string message) : Exception(message);
}
