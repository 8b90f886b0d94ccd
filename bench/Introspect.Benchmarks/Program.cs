using Introspect.Benchmarks;
using Introspect.Benchmarks.Diagrams;
using Introspect.Benchmarks.Discovery;
using Introspect.Benchmarks.Measurement;
using Introspect.Benchmarks.Report;
using Introspect.Testing;

if (args.Length > 0 && args[0] == "diagrams")
{
    return await DiagramsAsync(args);
}

if (args.Length > 0 && args[0] == "discovery")
{
    return await DiscoveryCommand.RunAsync(args, Console.Out, Console.Error);
}

var options = BenchmarkOptions.Parse(args, Console.Error);
if (options is null)
{
    return 2;
}

var corpusFolder = Path.Combine(Path.GetTempPath(), "introspect-bench", Guid.NewGuid().ToString("N"));
try
{
    var results = await new BenchmarkRunner(options, Console.Out).RunAsync(corpusFolder);
    var outputPath = options.Output ?? Path.Combine(RepositoryPaths.Docs, "performance.md");
    // The other commands' sections and the text written by hand stay as they are.
    var page = File.Exists(outputPath) ? await File.ReadAllTextAsync(outputPath) : null;
    await File.WriteAllTextAsync(outputPath, PageSection.Threading.ReplaceIn(page, PageSection.Threading.Wrap(PerformanceDocument.Render(results))));
    Console.WriteLine($"Wrote {outputPath}");
    return 0;
}
finally
{
    if (Directory.Exists(corpusFolder))
    {
        Directory.Delete(corpusFolder, recursive: true);
    }
}

// diagrams [--runs 3] [--output docs/performance.md]: times rendering the sample's diagrams and rewrites only its section.
static async Task<int> DiagramsAsync(string[] args)
{
    var runs = 3;
    string? output = null;
    for (var index = 1; index < args.Length; index += 2)
    {
        var value = index + 1 < args.Length ? args[index + 1] : null;
        switch (args[index], value)
        {
            case ("--runs", { } text) when int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && count >= 1:
                runs = count;
                break;
            case ("--output", { } path):
                output = path;
                break;
            default:
                Console.Error.WriteLine("usage: Introspect.Benchmarks diagrams [--runs <count, default 3>] [--output <path, default docs/performance.md>]");
                return 2;
        }
    }

    var work = Path.Combine(Path.GetTempPath(), "introspect-bench-diagrams", Guid.NewGuid().ToString("N"));
    try
    {
        var results = await new DiagramRenderBenchmark(runs, Console.Out).RunAsync(work);
        var outputPath = output ?? Path.Combine(RepositoryPaths.Docs, "performance.md");
        var page = File.Exists(outputPath) ? await File.ReadAllTextAsync(outputPath) : null;
        await File.WriteAllTextAsync(outputPath, PageSection.Diagrams.ReplaceIn(page, DiagramsSection.Render(results)));
        Console.WriteLine($"Wrote {outputPath}");
        return 0;
    }
    finally
    {
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
