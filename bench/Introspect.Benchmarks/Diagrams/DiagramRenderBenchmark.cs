using System.Diagnostics;
using Introspect.Benchmarks.Measurement;
using Introspect.Diagrams.PlantUml;
using Introspect.Diagrams.Rendering;
using Introspect.Testing;

namespace Introspect.Benchmarks.Diagrams;

/// <summary>
/// Times rendering every PlantUML diagram of the OpsPlatform sample three ways: all in one JVM (what <c>introspect diagram</c>
/// does), one JVM per diagram, and from a warm cache. The diagrams come from the built <c>introspect diagram</c> run on the
/// sample (both themes), so whatever views exist are measured.
/// </summary>
internal sealed class DiagramRenderBenchmark(int runs, TextWriter log)
{
    public async Task<DiagramRenderResults> RunAsync(string workFolder)
    {
        var jar = PlantUmlJar.Find() ?? throw new InvalidOperationException(PlantUmlJar.Missing);
        var loadAtStart = LoadAverage.Read();
        var texts = await SampleDiagramsAsync(Path.Combine(workFolder, "sample"));
        log.WriteLine($"{texts.Count} PlantUML diagrams of the sample; {runs} runs each.");
        var renderer = new LocalPlantUmlRenderer(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, jar, "benchmark"));

        var oneJvm = await TimeAsync("one JVM", () => renderer.RenderAsync(texts, CancellationToken.None));
        var perDiagram = await TimeAsync("one JVM per diagram", async () =>
        {
            foreach (var text in texts)
            {
                await renderer.RenderAsync([text], CancellationToken.None);
            }
        });

        var cache = new RenderCache(Path.Combine(workFolder, "cache"));
        var diagrams = texts.Select(text => (text, "light")).ToList();
        await new CachedRenderer(renderer, cache).RenderAsync(diagrams, CancellationToken.None);
        var warm = await TimeAsync("warm cache", async () =>
        {
            var cached = new CachedRenderer(renderer, cache);
            await cached.RenderAsync(diagrams, CancellationToken.None);
            if (cached.CacheHits != diagrams.Count)
            {
                throw new InvalidOperationException("the warm cache missed a diagram");
            }
        });

        return new DiagramRenderResults(texts.Count, runs, renderer.Version, JavaVersion(), loadAtStart, LoadAverage.Read(), oneJvm, perDiagram, warm);
    }

    private async Task<TimeSpan> TimeAsync(string what, Func<Task> action)
    {
        var times = new List<TimeSpan>();
        for (var run = 0; run < runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            await action();
            times.Add(stopwatch.Elapsed);
        }

        var median = Median.Of(times);
        log.WriteLine($"{what}: {string.Join(", ", times.Select(time => time.TotalSeconds.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)))} s (median {median.TotalSeconds:N2} s)");
        return median;
    }

    /// <summary>Runs the built CLI on the sample for PlantUML only, and reads back every .puml it wrote.</summary>
    private static async Task<IReadOnlyList<string>> SampleDiagramsAsync(string output)
    {
        var cli = typeof(Introspect.Cli.Commands.DiagramCommand).Assembly.Location;
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "OpsPlatform", "OpsPlatform.sln");
        var result = await ProcessRunner.RunAsync(
            "dotnet", [cli, "diagram", sample, "--date", "2026-03-01", "--theme", "both", "--format", "puml", "-o", output], RepositoryPaths.Root, TimeSpan.FromMinutes(10));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"introspect diagram failed on the sample: {result}");
        }

        return [.. Directory.EnumerateFiles(output, "*.puml").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    private static string JavaVersion()
    {
        var start = new ProcessStartInfo("java", "-version") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start);
        var text = process?.StandardError.ReadToEnd() ?? string.Empty;
        process?.WaitForExit();
        return text.Split('\n')[0].Trim();
    }
}

internal sealed record DiagramRenderResults(
    int Diagrams,
    int Runs,
    string PlantUmlVersion,
    string Java,
    string LoadAtStart,
    string LoadAtEnd,
    TimeSpan OneJvm,
    TimeSpan OneJvmPerDiagram,
    TimeSpan WarmCache);
