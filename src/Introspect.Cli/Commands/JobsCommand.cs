using System.CommandLine;
using System.Globalization;
using Introspect.Cli.Output;
using Introspect.Core.Analysis;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Discovery;
using Introspect.Core.Jobs.Process;
using Introspect.Core.Reporting;

namespace Introspect.Cli.Commands;

/// <summary>
/// <c>introspect jobs</c>: every automated job of a solution, with its trigger in words, its next runs, its concurrency
/// settings and where it is defined; as a table, JSON (docs/schema/jobs.schema.json) or Markdown.
/// </summary>
public static class JobsCommand
{
    private static readonly string[] Formats = ["table", "json", "markdown"];

    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A .sln, .slnx, .slnf or .csproj file, or a folder holding one. Defaults to the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format") { Description = "table (default), json or markdown.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var now = new Option<string?>("--now") { Description = "Count next runs from this ISO 8601 instant (2026-01-01T00:00:00Z) instead of the current time, for output that does not change." };
        var nextRuns = new Option<int>("--next-runs") { Description = "How many next runs to give for each cron schedule (0-20).", DefaultValueFactory = _ => 3 };
        var maxDepth = new Option<int>("--max-depth") { Description = "How many levels of calls into the solution's own methods each job's process model follows (0-10).", DefaultValueFactory = _ => ProcessModelOptions.Default.MaxDepth };
        var projects = new Option<string[]>("--project") { Description = "Only the projects with this name or file name (wildcards allowed). Repeatable." };
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' when a project's packages have not been restored." };
        var verbosity = new Option<string>("--verbosity", "-v") { Description = "quiet, minimal, normal, detailed (adds timings) or diagnostic (adds stack traces).", DefaultValueFactory = _ => "normal" };
        verbosity.AcceptOnlyFromAmong([.. CheckCommand.Verbosities.Keys]);

        var command = new Command("jobs", "List the automated jobs of a solution: what runs, when, and with which concurrency settings.")
        {
            path, format, output, now, nextRuns, maxDepth, projects, noRestore, verbosity,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = new SolutionRunOptions
            {
                Path = parseResult.GetValue(path),
                Projects = [.. parseResult.GetValue(projects) ?? []],
                Restore = !parseResult.GetValue(noRestore),
                Verbosity = CheckCommand.Verbosities[parseResult.GetValue(verbosity) ?? "normal"],
            };
            var request = new JobsRequest(
                parseResult.GetValue(format) ?? "table", parseResult.GetValue(output), parseResult.GetValue(now), parseResult.GetValue(nextRuns), parseResult.GetValue(maxDepth));
            return CommandGuard.RunAsync(() => RunAsync(options, request, console, cancellationToken), options.Verbosity, console);
        });
        return command;
    }

    private static async Task<int> RunAsync(SolutionRunOptions options, JobsRequest request, CliConsole console, CancellationToken cancellationToken)
    {
        var discovery = new DiscoveryOptions
        {
            Now = ParseNow(request.Now),
            NextRunCount = request.NextRuns is >= 0 and <= 20 ? request.NextRuns : throw new UsageException("--next-runs must be between 0 and 20."),
            Process = ProcessModelOptions.Default with
            {
                MaxDepth = request.MaxDepth is >= 0 and <= 10 ? request.MaxDepth : throw new UsageException("--max-depth must be between 0 and 10."),
            },
        };
        using var loaded = await SolutionRun.LoadAsync(options, console, cancellationToken).ConfigureAwait(false);
        var filter = new AnalysisRequest([]) { Projects = options.Projects };
        bool IncludesFailedProject(Introspect.Core.Loading.ProjectLoadProblem problem) => filter.IncludesProject(problem.ProjectName, problem.ProjectPath);
        if (!options.Projects.IsEmpty && !loaded.CSharpProjects.Any(filter.IncludesProject) && !loaded.Problems.Any(problem => problem.IsFatal && IncludesFailedProject(problem)))
        {
            throw new UsageException($"no project matches --project {string.Join(", ", options.Projects)}; the projects are {string.Join(", ", loaded.CSharpProjects.Select(project => project.Name))}.");
        }

        var progress = new ProgressReporter(console, options.Verbosity);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var catalog = await progress.RunAsync("Finding jobs", () => DiscoverAsync(loaded, discovery, options.Projects.IsEmpty ? null : filter.IncludesProject, IncludesFailedProject, cancellationToken)).ConfigureAwait(false);
        progress.Detail($"Found {catalog.Jobs.Length} jobs in {SolutionRun.Seconds(started.Elapsed)}.");

        var input = Path.GetFileName(loaded.InputPath);
        if (request.OutputPath is { } outputPath)
        {
            var text = request.Format switch
            {
                "json" => JobsJsonWriter.Write(catalog, input, ToolVersion.Informational),
                "markdown" => JobsMarkdownReport.Write(catalog),
                _ => JobsTableReport.Plain(catalog),
            };
            CommandGuard.Usage(() =>
            {
                File.WriteAllText(outputPath, text);
                return 0;
            });
        }
        else if (request.Format == "json")
        {
            console.OutWriter.Write(JobsJsonWriter.Write(catalog, input, ToolVersion.Informational));
        }
        else if (request.Format == "markdown")
        {
            console.OutWriter.Write(JobsMarkdownReport.Write(catalog));
        }
        else if (console.IsTerminal)
        {
            JobsTableReport.Render(catalog, console.Out, TerminalWidth());
        }
        else
        {
            console.OutWriter.Write(JobsTableReport.Plain(catalog));
        }

        foreach (var problem in catalog.LoadProblems.Where(problem => problem.IsFatal))
        {
            console.ErrorWriter.WriteLine($"warning: project {TerminalText.Sanitise(problem.ProjectName)} was not loaded; only the jobs its syntax shows are listed: {TerminalText.Sanitise(problem.Reason)}");
        }

        foreach (var problem in catalog.LoadProblems.Where(problem => !problem.IsFatal && problem.Reason.Contains("Recogniser failed", StringComparison.Ordinal)))
        {
            console.ErrorWriter.WriteLine($"warning: project {TerminalText.Sanitise(problem.ProjectName)}: {TerminalText.Sanitise(problem.Reason)}");
        }

        return catalog.IsComplete ? ExitCodes.Clean : ExitCodes.LoadFailure;
    }

    private static async Task<JobCatalog> DiscoverAsync(
        Introspect.Core.Loading.LoadedSolution loaded,
        DiscoveryOptions discovery,
        Func<Microsoft.CodeAnalysis.Project, bool>? filter,
        Func<Introspect.Core.Loading.ProjectLoadProblem, bool> includesFailedProject,
        CancellationToken cancellationToken)
    {
        try
        {
            return await JobDiscovery.DiscoverAsync(loaded, discovery, cancellationToken, filter, includesFailedProject).ConfigureAwait(false);
        }
        catch (Introspect.Core.Loading.InputException exception)
        {
            // A malformed introspect.json.
            throw new UsageException(exception.Message);
        }
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 160;
        }
        catch (IOException)
        {
            return 160;
        }
    }

    private static DateTimeOffset ParseNow(string? text)
    {
        if (text is null)
        {
            return DateTimeOffset.UtcNow;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var now)
            ? now
            : throw new UsageException($"--now '{text}' is not an ISO 8601 instant such as 2026-01-01T00:00:00Z.");
    }

    private sealed record JobsRequest(string Format, string? OutputPath, string? Now, int NextRuns, int MaxDepth);
}
