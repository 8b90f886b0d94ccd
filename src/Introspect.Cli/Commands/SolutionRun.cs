using System.Collections.Immutable;
using System.Diagnostics;
using Introspect.Cli.Output;
using Introspect.Core.Analysis;
using Introspect.Core.Loading;

namespace Introspect.Cli.Commands;

/// <summary>What every command that analyses a solution needs: the input and how to load it, and which rules and projects.</summary>
internal sealed record SolutionRunOptions
{
    public string? Path { get; init; }

    public IReadOnlyDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    public bool Restore { get; init; } = true;

    public ImmutableArray<string> Projects { get; init; } = [];

    public ImmutableArray<string> Rules { get; init; } = [];

    public ImmutableArray<string> ExcludeRules { get; init; } = [];

    public string? Since { get; init; }

    public Verbosity Verbosity { get; init; } = Verbosity.Normal;
}

/// <summary>Resolves the input, loads it (with progress), and runs the selected rules over the selected projects.</summary>
internal static class SolutionRun
{
    /// <summary>Resolves the input and loads it, with progress; the caller owns (disposes) the result.</summary>
    public static async Task<LoadedSolution> LoadAsync(SolutionRunOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var inputPath = CommandGuard.Usage(() => InputResolver.Resolve(options.Path, console.CurrentDirectory));
        var progress = new ProgressReporter(console, options.Verbosity);
        var loadTime = Stopwatch.StartNew();
        var loaded = await progress.RunAsync(
            $"Loading {Path.GetFileName(inputPath)}",
            () => SolutionLoader.LoadAsync(inputPath, new LoadOptions { Properties = options.Properties, RestoreWhenNeeded = options.Restore }, cancellationToken)).ConfigureAwait(false);
        progress.Detail($"Loaded {loaded.CSharpProjects.Length} projects in {Seconds(loadTime.Elapsed)}.");
        return loaded;
    }

    public static async Task<(LoadedSolution Loaded, AnalysisReport Report)> LoadAndAnalyzeAsync(
        SolutionRunOptions options,
        CliConsole console,
        CancellationToken cancellationToken)
    {
        var inputPath = CommandGuard.Usage(() => InputResolver.Resolve(options.Path, console.CurrentDirectory));
        var analyzers = IntrospectAnalyzers.All;
        var knownIds = analyzers.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var rules = CommandGuard.Usage(() => RuleSelection.Parse(options.Rules, options.ExcludeRules, knownIds));
        var progress = new ProgressReporter(console, options.Verbosity);

        var loaded = await LoadAsync(options with { Path = inputPath }, console, cancellationToken).ConfigureAwait(false);
        try
        {
            var request = new AnalysisRequest(analyzers) { Rules = rules, Projects = options.Projects, ShippedSince = options.Since };
            if (!options.Projects.IsEmpty && !loaded.CSharpProjects.Any(request.IncludesProject))
            {
                throw new UsageException(
                    $"no project matches --project {string.Join(", ", options.Projects)}; the projects are {string.Join(", ", loaded.CSharpProjects.Select(project => project.Name))}.");
            }

            var report = await progress.RunAsync(
                $"Analysing {loaded.CSharpProjects.Count(request.IncludesProject)} projects",
                () => CommandGuard.UsageAsync(() => SolutionAnalyzer.AnalyzeAsync(loaded, request, cancellationToken))).ConfigureAwait(false);
            progress.Detail($"Compiled in {Seconds(report.Timings.Compile)} and analysed in {Seconds(report.Timings.Analyse)} (summed over projects); {Seconds(report.Timings.WallClock)} wall clock.");
            return (loaded, report);
        }
        catch
        {
            loaded.Dispose();
            throw;
        }
    }

    internal static string Seconds(TimeSpan time) => $"{time.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} s";
}
