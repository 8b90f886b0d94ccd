using System.CommandLine;
using System.Globalization;
using Introspect.Cli.Output;
using Introspect.Core.Analysis;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Discovery;
using Introspect.Core.Jobs.Process;
using Introspect.Diagrams;
using Introspect.Diagrams.Activity;

namespace Introspect.Cli.Commands;

/// <summary>
/// <c>introspect diagram</c>: draws a solution's jobs: the job → job chain and the jobs × resources map (PlantUML, Mermaid,
/// SVG through PlantUML; a matrix as SVG and Markdown when the map is large), the 24-hour schedule timeline of one day
/// (Introspect's own SVG and a Mermaid gantt), and an activity diagram of what each job does (PlantUML, Mermaid, SVG),
/// into an output folder, with links from the nodes to the code.
/// </summary>
public static class DiagramCommand
{
    private static readonly string[] Views = ["all", "activity", "chain", "resources", "timeline"];
    private static readonly string[] Formats = ["puml", "mmd", "svg"];
    private static readonly string[] Themes = ["light", "dark", "both"];

    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A .sln, .slnx, .slnf or .csproj file, or a folder holding one. Defaults to the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var jobs = new Option<string[]>("--job") { Description = "Only this job (its id, type or display name), and in the chain what is connected to it. Repeatable." };
        var view = new Option<string>("--view") { Description = "activity (one diagram per job), chain, resources, timeline or all (default).", DefaultValueFactory = _ => "all" };
        view.AcceptOnlyFromAmong(Views);
        var formats = new Option<string[]>("--format") { Description = "puml, mmd or svg; repeatable. Default: all three." };
        formats.AcceptOnlyFromAmong(Formats);
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the diagrams to.", DefaultValueFactory = _ => "diagrams" };
        var zone = new Option<string>("--zone") { Description = "The time zone the timeline is drawn in (an IANA id such as Europe/Berlin).", DefaultValueFactory = _ => "UTC" };
        var date = new Option<string?>("--date") { Description = "The day the timeline shows, yyyy-mm-dd. Default: today in --zone." };
        var maxDepth = new Option<int>("--max-depth") { Description = "How many levels of calls into the solution's own methods the activity diagrams follow (0-10).", DefaultValueFactory = _ => ProcessModelOptions.Default.MaxDepth };
        var maxNodes = new Option<int>("--max-nodes") { Description = "The most nodes an activity diagram draws (1-1000); the rest are folded into \"N steps hidden\".", DefaultValueFactory = _ => ActivityOptions.DefaultMaxNodes };
        var theme = new Option<string>("--theme") { Description = "light (default), dark, or both.", DefaultValueFactory = _ => "light" };
        theme.AcceptOnlyFromAmong(Themes);
        var jar = new Option<string?>("--plantuml-jar") { Description = "The PlantUML jar to render SVG with (otherwise PLANTUML_JAR, tools/plantuml, or plantuml on PATH)." };
        var server = new Option<string?>("--plantuml-server") { Description = "Render SVG with this PlantUML server (http://host:8080/plantuml) instead of a local Java." };
        var sourceLink = new Option<string?>("--source-link")
        {
            Description = "The base URL of the code: nodes link to {base}/{path}#L{line} (or a URL with {path} and {line}). Default: from the git remote origin and HEAD when it is GitHub, GitLab or Azure DevOps.",
        };
        var noCache = new Option<bool>("--no-cache") { Description = "Render every diagram again instead of reusing SVG rendered from the same text before." };
        var projects = new Option<string[]>("--project") { Description = "Only the projects with this name or file name (wildcards allowed). Repeatable." };
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' when a project's packages have not been restored." };
        var verbosity = new Option<string>("--verbosity", "-v") { Description = "quiet, minimal, normal, detailed (adds timings) or diagnostic (adds stack traces).", DefaultValueFactory = _ => "normal" };
        verbosity.AcceptOnlyFromAmong([.. CheckCommand.Verbosities.Keys]);

        var command = new Command("diagram", "Draw the jobs of a solution: what each job does (activity), the job chains, the resources they share and the 24-hour schedule timeline, as PlantUML, Mermaid and SVG.")
        {
            path, jobs, view, formats, output, zone, date, maxDepth, maxNodes, theme, sourceLink, jar, server, noCache, projects, noRestore, verbosity,
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
            var request = new DiagramCommandRequest
            {
                Jobs = [.. parseResult.GetValue(jobs) ?? []],
                View = parseResult.GetValue(view) ?? "all",
                Formats = parseResult.GetValue(formats) is { Length: > 0 } chosen ? [.. chosen.Distinct(StringComparer.Ordinal)] : [.. Formats],
                Output = parseResult.GetValue(output) ?? "diagrams",
                Zone = parseResult.GetValue(zone) ?? "UTC",
                Date = parseResult.GetValue(date),
                Theme = parseResult.GetValue(theme) ?? "light",
                MaxDepth = parseResult.GetValue(maxDepth),
                MaxNodes = parseResult.GetValue(maxNodes),
                SourceLink = parseResult.GetValue(sourceLink),
                PlantUmlJar = parseResult.GetValue(jar),
                PlantUmlServer = parseResult.GetValue(server),
                UseCache = !parseResult.GetValue(noCache),
            };
            return CommandGuard.RunAsync(() => RunAsync(options, request, console, cancellationToken), options.Verbosity, console);
        });
        return command;
    }

    private static async Task<int> RunAsync(SolutionRunOptions options, DiagramCommandRequest request, CliConsole console, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(request.Zone, out var found)
            ? found
            : throw new UsageException($"--zone '{request.Zone}' is not a time zone this machine knows (use an IANA id such as Europe/Berlin or UTC).");
        var day = ParseDay(request.Date, zone);
        if (request.MaxDepth is < 0 or > 10)
        {
            throw new UsageException("--max-depth must be between 0 and 10.");
        }

        if (request.MaxNodes is < 1 or > 1000)
        {
            throw new UsageException("--max-nodes must be between 1 and 1000.");
        }

        if (request.View == "timeline" && request.Formats.All(format => format == "puml"))
        {
            throw new UsageException("the timeline has no PlantUML source (it is drawn as SVG and Mermaid); use --format svg or --format mmd.");
        }

        if (request.SourceLink is { } sourceLink && SourceLinks.FromBase(sourceLink, console.CurrentDirectory, out var linkProblem) is null)
        {
            throw new UsageException($"--source-link {linkProblem}.");
        }

        var renderer = PlantUmlSelection.Create(request, console);
        var outputFolder = Path.GetFullPath(Path.Combine(console.CurrentDirectory, request.Output));

        using var loaded = await SolutionRun.LoadAsync(options, console, cancellationToken).ConfigureAwait(false);
        var filter = new AnalysisRequest([]) { Projects = options.Projects };
        if (!options.Projects.IsEmpty && !loaded.CSharpProjects.Any(filter.IncludesProject))
        {
            throw new UsageException($"no project matches --project {string.Join(", ", options.Projects)}; the projects are {string.Join(", ", loaded.CSharpProjects.Select(project => project.Name))}.");
        }

        var discovery = new DiscoveryOptions
        {
            Now = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            NextRunCount = 0,
            Process = ProcessModelOptions.Default with { MaxDepth = request.MaxDepth },
        };
        var progress = new ProgressReporter(console, options.Verbosity);
        var catalog = await progress.RunAsync(
            "Finding jobs",
            () => JobDiscovery.DiscoverAsync(loaded, discovery, cancellationToken, options.Projects.IsEmpty ? null : filter.IncludesProject)).ConfigureAwait(false);
        var jobIds = SelectJobs(catalog, request.Jobs);
        var links = await SourceLinksFor(request.SourceLink, catalog.SourceRoot, cancellationToken).ConfigureAwait(false);

        var sources = new List<DiagramSource>();
        foreach (var theme in request.Theme == "both" ? DiagramTheme.All : [DiagramTheme.Find(request.Theme)!])
        {
            sources.AddRange(DiagramViews.Build(catalog, new DiagramRequest
            {
                Chain = request.View is "all" or "chain",
                Resources = request.View is "all" or "resources",
                Timeline = request.View is "all" or "timeline",
                Activity = request.View is "all" or "activity",
                MaxNodes = request.MaxNodes,
                Links = links,
                JobIds = jobIds,
                Day = day,
                Zone = zone,
                Theme = theme,
            }));
        }

        var writing = System.Diagnostics.Stopwatch.StartNew();
        var unique = sources.DistinctBy(source => source.FileName, StringComparer.Ordinal).ToList();
        var written = await new DiagramOutput(outputFolder, request.Formats, renderer, console).WriteAsync(unique, cancellationToken).ConfigureAwait(false);
        progress.Detail($"Wrote {written.Files.Count} files in {writing.ElapsedMilliseconds} ms" +
            (renderer is null ? "." : $"; {renderer.Renderer.Description}, {renderer.CacheHits} SVG from the cache."));
        foreach (var file in written.Files)
        {
            console.OutWriter.WriteLine(Path.GetRelativePath(console.CurrentDirectory, file).Replace('\\', '/'));
        }

        foreach (var problem in catalog.LoadProblems.Where(problem => problem.IsFatal))
        {
            console.ErrorWriter.WriteLine($"warning: project {TerminalText.Sanitise(problem.ProjectName)} was not loaded; only the jobs its syntax shows are drawn: {TerminalText.Sanitise(problem.Reason)}");
        }

        return catalog.IsComplete && written.Complete ? ExitCodes.Clean : ExitCodes.LoadFailure;
    }

    /// <summary>
    /// Links from --source-link (paths relative to the git work tree, or to the source root outside one), else from the git remote origin and HEAD
    /// of the work tree holding the source; null when neither gives a code host Introspect knows.
    /// </summary>
    private static async Task<SourceLinks?> SourceLinksFor(string? baseUrl, string sourceRoot, CancellationToken cancellationToken)
    {
        var origin = await Core.Git.GitOrigin.ReadAsync(sourceRoot, cancellationToken).ConfigureAwait(false);
        if (baseUrl is not null)
        {
            return SourceLinks.FromBase(baseUrl, origin?.WorkTreeRoot ?? sourceRoot, out var problem)
                ?? throw new UsageException($"--source-link {problem}.");
        }

        return origin is { RemoteUrl: { } remote, Commit: { } commit } ? SourceLinks.FromRemote(remote, commit, origin.WorkTreeRoot) : null;
    }

    /// <summary>The ids of the jobs named by --job (id, type name, short type name or display name, ignoring case).</summary>
    private static IReadOnlyCollection<string> SelectJobs(JobCatalog catalog, IReadOnlyList<string> names)
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var matches = catalog.Jobs.Where(job =>
                string.Equals(job.Id, name, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(job.TypeName, name, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(job.TypeName.Split('.')[^1], name, StringComparison.OrdinalIgnoreCase) ||
                string.Equals(job.DisplayName, name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 0)
            {
                throw new UsageException($"no job matches --job '{name}'; the jobs are {string.Join(", ", catalog.Jobs.Select(job => job.TypeName.Split('.')[^1]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}.");
            }

            ids.UnionWith(matches.Select(job => job.Id));
        }

        return ids;
    }

    private static DateOnly ParseDay(string? text, TimeZoneInfo zone) =>
        text is null
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime)
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new UsageException($"--date '{text}' is not a day such as 2026-03-01.");
}

/// <summary>The diagram command's options, after parsing.</summary>
internal sealed record DiagramCommandRequest
{
    public IReadOnlyList<string> Jobs { get; init; } = [];

    public required string View { get; init; }

    public required IReadOnlyList<string> Formats { get; init; }

    public required string Output { get; init; }

    public required string Zone { get; init; }

    public string? Date { get; init; }

    public required string Theme { get; init; }

    public int MaxDepth { get; init; } = ProcessModelOptions.Default.MaxDepth;

    public int MaxNodes { get; init; } = ActivityOptions.DefaultMaxNodes;
    public string? SourceLink { get; init; }

    public string? PlantUmlJar { get; init; }

    public string? PlantUmlServer { get; init; }

    public bool UseCache { get; init; } = true;
}
