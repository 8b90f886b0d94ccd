using System.Globalization;
using Introspect.Benchmarks.Report;
using Introspect.Testing;

namespace Introspect.Benchmarks.Discovery;

/// <summary><c>discovery [--projects 30] [--runs 3] [--output docs/performance.md]</c>: rewrites only its section of the page.</summary>
internal static class DiscoveryCommand
{
    private const string Usage = "usage: Introspect.Benchmarks discovery [--projects <service projects, 1-200, default 30>] [--runs <count, default 3>] [--output <path, default docs/performance.md>]";

    public static async Task<int> RunAsync(string[] args, TextWriter log, TextWriter errors)
    {
        var projects = 30;
        var runs = 3;
        string? output = null;
        for (var index = 1; index < args.Length; index += 2)
        {
            var value = index + 1 < args.Length ? args[index + 1] : null;
            switch (args[index], value)
            {
                case ("--projects", { } text) when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 200:
                    projects = count;
                    break;
                case ("--runs", { } text) when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1:
                    runs = count;
                    break;
                case ("--output", { } path):
                    output = path;
                    break;
                default:
                    errors.WriteLine($"bad option '{args[index]}'");
                    errors.WriteLine(Usage);
                    return 2;
            }
        }

        var work = Path.Combine(Path.GetTempPath(), "introspect-bench-discovery", Guid.NewGuid().ToString("N"));
        try
        {
            var results = await new DiscoveryBenchmark(projects, runs, log).RunAsync(work);
            var outputPath = output ?? Path.Combine(RepositoryPaths.Docs, "performance.md");
            var page = File.Exists(outputPath) ? await File.ReadAllTextAsync(outputPath) : null;
            await File.WriteAllTextAsync(outputPath, PageSection.Discovery.ReplaceIn(page, PageSection.Discovery.Wrap(DiscoverySection.Render(results, projects))));
            log.WriteLine($"Wrote {outputPath}");
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
}
