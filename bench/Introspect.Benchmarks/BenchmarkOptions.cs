using System.Globalization;

namespace Introspect.Benchmarks;

/// <summary>The threading command line: <c>threading [--lines 100000] [--runs 5] [--isolated-runs 3] [--output docs/performance.md]</c> (Program.cs reads <c>diagrams</c>).</summary>
internal sealed record BenchmarkOptions(int Lines, int Runs, int IsolatedRuns, string? Output)
{
    public const string Usage = "usage: Introspect.Benchmarks threading [--lines <count, default 100000>] [--runs <count, default 5>] [--isolated-runs <count, default 3>] [--output <path, default docs/performance.md>]\n       Introspect.Benchmarks diagrams [--runs <count, default 3>] [--output <path, default docs/performance.md>]";

    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, TextWriter errors)
    {
        if (args.Count == 0 || args[0] != "threading")
        {
            errors.WriteLine(Usage);
            return null;
        }

        var options = new BenchmarkOptions(100_000, 5, 3, null);
        for (var index = 1; index < args.Count; index += 2)
        {
            var value = index + 1 < args.Count ? args[index + 1] : null;
            options = (args[index], value) switch
            {
                ("--lines", { } text) when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var lines) && lines >= 1_000 => options with { Lines = lines },
                ("--runs", { } text) when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs >= 1 => options with { Runs = runs },
                ("--isolated-runs", { } text) when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var runs) && runs >= 1 => options with { IsolatedRuns = runs },
                ("--output", { } path) => options with { Output = path },
                _ => null!,
            };

            if (options is null)
            {
                errors.WriteLine($"bad option '{args[index]}'");
                errors.WriteLine(Usage);
                return null;
            }
        }

        return options;
    }

    /// <summary>The command line as a reader would type it, for the report.</summary>
    public string CommandLine =>
        string.Create(CultureInfo.InvariantCulture, $"dotnet run -c Release --project bench/Introspect.Benchmarks -- threading --lines {Lines} --runs {Runs} --isolated-runs {IsolatedRuns}");
}
