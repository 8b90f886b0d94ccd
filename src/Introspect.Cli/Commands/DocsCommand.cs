using System.CommandLine;
using System.Globalization;
using Introspect.Cli.Output;
using Introspect.Core.Analysis;
using Introspect.Docs.Rules;
using Introspect.Docs.Site;

namespace Introspect.Cli.Commands;

/// <summary>
/// <c>introspect docs</c>: a static site of the solution's jobs, findings, migrations and rules, written into a folder
/// that works from any web server and from <c>file://</c>. Only files whose content changed are written.
/// </summary>
public static class DocsCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path")
        {
            Description = "A .sln, .slnx, .slnf or .csproj file, or a folder holding one. Defaults to the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the site to.", DefaultValueFactory = _ => "introspect-site" };
        var title = new Option<string?>("--title") { Description = "The site's title. Default: the solution's name." };
        var baseUrl = new Option<string?>("--base-url") { Description = "The URL the site will be published at (https://ops.example.com/jobs/): adds canonical links and sitemap.xml." };
        var sourceLink = new Option<string?>("--source-link") { Description = "The URL that repository paths are appended to for source links (https://github.com/org/repo/blob/main/)." };
        var zone = new Option<string>("--zone") { Description = "The time zone next runs and the timeline are shown in, next to UTC (an IANA id such as Europe/Berlin).", DefaultValueFactory = _ => "UTC" };
        var date = new Option<string?>("--date") { Description = "The day the timeline shows and next runs are counted from, yyyy-mm-dd. Default: today in --zone." };
        var jar = new Option<string?>("--plantuml-jar") { Description = "The PlantUML jar to render SVG with (otherwise PLANTUML_JAR, tools/plantuml, or plantuml on PATH)." };
        var server = new Option<string?>("--plantuml-server") { Description = "Render SVG with this PlantUML server (http://host:8080/plantuml) instead of a local Java." };
        var noCache = new Option<bool>("--no-cache") { Description = "Render every diagram again instead of reusing SVG rendered from the same text before." };
        var projects = new Option<string[]>("--project") { Description = "Only the projects with this name or file name (wildcards allowed). Repeatable." };
        var noRestore = new Option<bool>("--no-restore") { Description = "Do not run 'dotnet restore' when a project's packages have not been restored." };
        var verbosity = new Option<string>("--verbosity", "-v") { Description = "quiet, minimal, normal, detailed (adds timings) or diagnostic (adds stack traces).", DefaultValueFactory = _ => "normal" };
        verbosity.AcceptOnlyFromAmong([.. CheckCommand.Verbosities.Keys]);

        var command = new Command("docs", "Generate a static docs site of the solution: jobs, schedules, resources, migrations, findings and rules.")
        {
            path, output, title, baseUrl, sourceLink, zone, date, jar, server, noCache, projects, noRestore, verbosity,
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
            var request = new DocsRequest(
                parseResult.GetValue(output) ?? "introspect-site",
                parseResult.GetValue(title),
                parseResult.GetValue(baseUrl),
                parseResult.GetValue(sourceLink),
                parseResult.GetValue(zone) ?? "UTC",
                parseResult.GetValue(date),
                parseResult.GetValue(jar),
                parseResult.GetValue(server),
                !parseResult.GetValue(noCache));
            return CommandGuard.RunAsync(() => RunAsync(options, request, console, cancellationToken), options.Verbosity, console);
        });
        return command;
    }

    private static async Task<int> RunAsync(SolutionRunOptions options, DocsRequest request, CliConsole console, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(request.Zone, out var found)
            ? found
            : throw new UsageException($"--zone '{request.Zone}' is not a time zone this machine knows (use an IANA id such as Europe/Berlin or UTC).");
        var day = ParseDay(request.Date, zone);
        var baseUrl = request.BaseUrl is null ? null : WebUrl(request.BaseUrl, "--base-url", endWithSlash: true);
        var sourceLink = request.SourceLink is null ? null : WebUrl(request.SourceLink, "--source-link", endWithSlash: true).AbsoluteUri;
        var outputFolder = Path.GetFullPath(Path.Combine(console.CurrentDirectory, request.Output));
        if (File.Exists(outputFolder))
        {
            throw new UsageException($"--output '{request.Output}' is a file; give a folder for the site.");
        }

        var renderer = PlantUmlSelection.Create(request.PlantUmlJar, request.PlantUmlServer, request.UseCache, console);

        using var loaded = await SolutionRun.LoadAsync(options, console, cancellationToken).ConfigureAwait(false);
        var filter = new AnalysisRequest([]) { Projects = options.Projects };
        if (!options.Projects.IsEmpty && !loaded.CSharpProjects.Any(filter.IncludesProject))
        {
            throw new UsageException($"no project matches --project {string.Join(", ", options.Projects)}; the projects are {string.Join(", ", loaded.CSharpProjects.Select(project => project.Name))}.");
        }

        var siteOptions = new SiteOptions
        {
            Title = request.Title ?? Path.GetFileNameWithoutExtension(loaded.InputPath),
            BaseUrl = baseUrl,
            SourceLink = sourceLink,
            Zone = zone,
            Day = day,
        };
        var progress = new ProgressReporter(console, options.Verbosity);
        var steps = new List<string>();
        async Task<T> Step<T>(string description, string done, Func<Task<T>> work)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = await progress.RunAsync(description, work).ConfigureAwait(false);
            steps.Add($"{done} {SolutionRun.Seconds(watch.Elapsed)}");
            return result;
        }

        var catalog = await Step("Finding jobs", "jobs", () => DiscoverAsync(loaded, siteOptions, filter, cancellationToken)).ConfigureAwait(false);
        var report = await Step("Running the rules", "rules", () => DocsSite.AnalyzeAsync(loaded, filter, cancellationToken)).ConfigureAwait(false);
        var migrations = await Step("Reading the migrations", "migrations", () => DocsSite.ReadMigrationsAsync(loaded, filter, cancellationToken)).ConfigureAwait(false);
        var diagrams = await Step("Drawing the diagrams", "diagrams", () => SiteDiagrams.BuildAsync(catalog, siteOptions, renderer, cancellationToken)).ConfigureAwait(false);
        var content = new SiteContent(siteOptions, catalog, report, RuleLibrary.All, diagrams, migrations);
        var written = await Step("Writing the site", "pages", () => Task.FromResult(CommandGuard.Usage(() => DocsSite.Write(content, outputFolder)))).ConfigureAwait(false);
        progress.Detail($"Built the site: {string.Join(", ", steps)}" + (renderer is null ? "." : $"; {renderer.Renderer.Description}, {renderer.CacheHits} SVG from the cache."));

        foreach (var note in diagrams.Notes)
        {
            console.ErrorWriter.WriteLine($"note: {note}");
        }

        foreach (var problem in catalog.LoadProblems.Where(problem => problem.IsFatal))
        {
            console.ErrorWriter.WriteLine($"warning: project {TerminalText.Sanitise(problem.ProjectName)} was not loaded; the site shows only what its syntax shows: {TerminalText.Sanitise(problem.Reason)}");
        }

        var relative = Path.GetRelativePath(console.CurrentDirectory, outputFolder).Replace('\\', '/');
        console.OutWriter.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {written.Written.Count} files to {relative}/ ({written.Unchanged} unchanged, {written.Deleted.Count} stale removed): {content.Jobs.Count} jobs, {content.Findings.Count} findings, {content.Migrations.Count} migrations."));
        console.OutWriter.WriteLine($"Open {relative}/index.html in a browser.");

        var renderFailed = renderer is not null && diagrams.Notes.Count > 0;
        return catalog.IsComplete && report.IsComplete && !renderFailed ? ExitCodes.Clean : ExitCodes.LoadFailure;
    }

    private static async Task<Introspect.Core.Jobs.JobCatalog> DiscoverAsync(
        Introspect.Core.Loading.LoadedSolution loaded, SiteOptions options, AnalysisRequest filter, CancellationToken cancellationToken)
    {
        try
        {
            return await DocsSite.DiscoverJobsAsync(loaded, options, filter, cancellationToken).ConfigureAwait(false);
        }
        catch (Introspect.Core.Loading.InputException exception)
        {
            // A malformed introspect.json.
            throw new UsageException(exception.Message);
        }
    }

    private static Uri WebUrl(string text, string option, bool endWithSlash)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"{option} '{text}' is not an http or https URL.");
        }

        return endWithSlash && !uri.AbsoluteUri.EndsWith('/') ? new Uri(uri.AbsoluteUri + "/") : uri;
    }

    private static DateOnly ParseDay(string? text, TimeZoneInfo zone) =>
        text is null
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime)
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new UsageException($"--date '{text}' is not a day such as 2026-03-01.");

    private sealed record DocsRequest(
        string Output, string? Title, string? BaseUrl, string? SourceLink, string Zone, string? Date, string? PlantUmlJar, string? PlantUmlServer, bool UseCache);
}
