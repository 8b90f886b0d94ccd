using Introspect.Benchmarks;
using Introspect.Benchmarks.Measurement;
using Introspect.Benchmarks.Report;
using Introspect.Testing;

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
    await File.WriteAllTextAsync(outputPath, PerformanceDocument.Render(results));
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
