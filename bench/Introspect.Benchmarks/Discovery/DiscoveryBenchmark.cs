using System.Diagnostics;
using System.Globalization;
using Introspect.Benchmarks.Measurement;
using Introspect.Core.Jobs.Discovery;
using Introspect.Core.Jobs.Process;
using Introspect.Core.Loading;
using Introspect.Testing;
using Microsoft.CodeAnalysis;

namespace Introspect.Benchmarks.Discovery;

/// <summary>
/// Times what <c>introspect jobs</c> does before it prints, phase by phase, on the OpsPlatform sample and on a generated
/// solution: the MSBuildWorkspace load, compiling every project, the recognisers (with the joins across projects), and
/// the process models. Every run loads the solution afresh in a new workspace; medians are reported.
/// </summary>
internal sealed class DiscoveryBenchmark(int projects, int runs, TextWriter log)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public async Task<DiscoveryResults> RunAsync(string workFolder)
    {
        var started = Stopwatch.StartNew();
        var loadAtStart = LoadAverage.Read();
        var sample = await MeasureAsync("OpsPlatform sample", Path.Combine(RepositoryPaths.Root, "samples", "OpsPlatform", "OpsPlatform.sln"), restore: null);

        var solution = GeneratedSolution.Write(workFolder, projects);
        log.WriteLine($"Generated {projects + 1} projects in {workFolder}; restoring.");
        var restore = await RestoreAsync(solution);
        var generated = await MeasureAsync(Invariant($"generated solution ({projects + 1} projects)"), solution, restore);
        return new DiscoveryResults(runs, loadAtStart, LoadAverage.Read(), started.Elapsed, [sample, generated]);
    }

    private async Task<SolutionTimings> MeasureAsync(string name, string solutionPath, TimeSpan? restore)
    {
        var phases = new List<PhaseTimes>();
        SolutionShape? shape = null;
        for (var run = 1; run <= runs; run++)
        {
            var (times, runShape) = await MeasureOnceAsync(solutionPath);
            phases.Add(times);
            shape ??= runShape;
            if (runShape != shape)
            {
                throw new InvalidOperationException($"{name}: run {run} found {runShape}, the first found {shape}: discovery is not deterministic.");
            }

            log.WriteLine(Invariant($"{name}, run {run}: load {times.Load.TotalSeconds:N1} s, compile {times.Compile.TotalSeconds:N1} s, recognisers {times.Recognisers.TotalSeconds:N1} s, process models {times.ProcessModels.TotalSeconds:N1} s; {runShape}"));
        }

        return new SolutionTimings(
            name,
            shape!,
            restore,
            new PhaseTimes(
                Median.Of(phases.Select(phase => phase.Load)),
                Median.Of(phases.Select(phase => phase.Compile)),
                Median.Of(phases.Select(phase => phase.Recognisers)),
                Median.Of(phases.Select(phase => phase.ProcessModels)),
                Median.Of(phases.Select(phase => phase.Total))));
    }

    private static async Task<(PhaseTimes Times, SolutionShape Shape)> MeasureOnceAsync(string solutionPath)
    {
        var phase = Stopwatch.StartNew();
        using var loaded = await SolutionLoader.LoadAsync(solutionPath, new LoadOptions(), CancellationToken.None);
        var load = phase.Elapsed;
        if (!loaded.IsComplete)
        {
            throw new InvalidOperationException($"{solutionPath} did not load completely: {string.Join("; ", loaded.Problems.Select(problem => $"{problem.ProjectName}: {problem.Reason}"))}");
        }

        phase.Restart();
        var documents = 0;
        var lines = 0;
        foreach (var project in loaded.CSharpProjects)
        {
            // What discovery asks for: the compilation, bound lazily as the recognisers query it.
            _ = await project.GetCompilationAsync(CancellationToken.None) ?? throw new InvalidOperationException($"{project.Name} has no compilation");
        }

        var compile = phase.Elapsed;

        phase.Restart();
        var options = new DiscoveryOptions { Now = Now, Process = null };
        var discovered = await JobDiscovery.DiscoverJobsAsync(loaded, options, CancellationToken.None);
        var recognisers = phase.Elapsed;

        phase.Restart();
        var withModels = await JobProcessModels.AttachAsync(loaded.Solution, discovered.Jobs, ProcessModelOptions.Default, CancellationToken.None);
        var processModels = phase.Elapsed;

        // Not timed: a generated solution that does not compile would measure the wrong thing.
        foreach (var project in loaded.CSharpProjects)
        {
            var compilation = (await project.GetCompilationAsync(CancellationToken.None))!;
            var firstError = compilation.GetDiagnostics().FirstOrDefault(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
            if (firstError is not null)
            {
                throw new InvalidOperationException($"{project.Name} does not compile: {firstError}");
            }

            foreach (var tree in compilation.SyntaxTrees.Where(tree => loaded.Solution.GetDocument(tree) is not null))
            {
                documents++;
                lines += tree.GetText().Lines.Count;
            }
        }

        var jobs = withModels.Select(job => job.Job).ToList();
        var shape = new SolutionShape(
            loaded.CSharpProjects.Length,
            documents,
            lines,
            jobs.Count,
            jobs.Sum(job => job.Triggers.Length),
            jobs.Count(job => job.Process is not null),
            jobs.GroupBy(job => job.Framework).OrderBy(group => group.Key).Select(group => Invariant($"{group.Key} {group.Count()}")).Aggregate((left, right) => left + ", " + right));
        return (new PhaseTimes(load, compile, recognisers, processModels, load + compile + recognisers + processModels), shape);
    }

    private async Task<TimeSpan> RestoreAsync(string solution)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await ProcessRunner.RunAsync("dotnet", ["restore", solution], Path.GetDirectoryName(solution)!, TimeSpan.FromMinutes(15));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"restoring the generated solution failed: {result}");
        }

        log.WriteLine(Invariant($"restore: {stopwatch.Elapsed.TotalSeconds:N1} s"));
        return stopwatch.Elapsed;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

internal sealed record PhaseTimes(TimeSpan Load, TimeSpan Compile, TimeSpan Recognisers, TimeSpan ProcessModels, TimeSpan Total);

/// <summary>What a run found: the same in every run, or discovery is not deterministic.</summary>
internal sealed record SolutionShape(int Projects, int Documents, int Lines, int Jobs, int Triggers, int ProcessModels, string JobsByFramework)
{
    public override string ToString() => $"{Projects} projects, {Documents} files, {Lines} lines, {Jobs} jobs ({JobsByFramework}), {Triggers} triggers, {ProcessModels} process models";
}

internal sealed record SolutionTimings(string Name, SolutionShape Shape, TimeSpan? Restore, PhaseTimes Median);

internal sealed record DiscoveryResults(int Runs, string LoadAtStart, string LoadAtEnd, TimeSpan Elapsed, IReadOnlyList<SolutionTimings> Solutions);
