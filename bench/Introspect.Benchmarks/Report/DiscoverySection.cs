using System.Runtime.InteropServices;
using System.Text;
using Introspect.Benchmarks.Discovery;
using Introspect.Comparison.Reporting;

namespace Introspect.Benchmarks.Report;

/// <summary>The loading and job discovery section of docs/performance.md, between markers so the other commands keep it.</summary>
internal static class DiscoverySection
{

    public static string CommandLine(int projects, int runs) =>
        Format.Invariant($"dotnet run -c Release --project bench/Introspect.Benchmarks -- discovery --projects {projects} --runs {runs}");

    public static string Render(DiscoveryResults results, int projects)
    {
        var output = new StringBuilder();
        output.Append("## Loading and job discovery\n\n");
        output.Append("What `introspect jobs` spends before it prints, phase by phase, on the OpsPlatform sample and on a generated solution: ");
        output.Append(Format.Invariant($"one shared project and {projects} service projects, each with the same mix of Quartz, Hangfire (a recurring job that enqueues another and a continuation), Coravel, BackgroundService and timer jobs, and two decoys, "));
        output.Append("on the sample's package versions. ");
        output.Append(Format.Invariant($"Every run loads the solution afresh in a new MSBuildWorkspace; medians of {results.Runs} runs. Regenerate with:\n\n"));
        output.Append("```bash\n").Append(CommandLine(projects, results.Runs)).Append("\n```\n\n");

        var headers = new[] { "" }.Concat(results.Solutions.Select(solution => solution.Name)).ToArray();
        string[] Row(string label, Func<SolutionTimings, string> cell) => [label, .. results.Solutions.Select(cell)];
        new MarkdownTable(headers)
            .Row(Row("C# projects", solution => Format.Number(solution.Shape.Projects)))
            .Row(Row("source files, lines", solution => Format.Invariant($"{Format.Number(solution.Shape.Documents)}, {Format.Number(solution.Shape.Lines)}")))
            .Row(Row("jobs found", solution => Format.Invariant($"{Format.Number(solution.Shape.Jobs)} ({solution.Shape.JobsByFramework})")))
            .Row(Row("triggers, process models", solution => Format.Invariant($"{Format.Number(solution.Shape.Triggers)}, {Format.Number(solution.Shape.ProcessModels)}")))
            .Row(Row("restore, once, from the local package cache (not in the total)", solution => solution.Restore is { } restore ? Format.Seconds(restore) : "— (already restored)"))
            .Row(Row("load (MSBuildWorkspace: design-time builds)", solution => Format.Seconds(solution.Median.Load)))
            .Row(Row("compile (a compilation per project, bound lazily)", solution => Format.Seconds(solution.Median.Compile)))
            .Row(Row("discovery (every recogniser, joins across projects)", solution => Format.Seconds(solution.Median.Recognisers)))
            .Row(Row("process models (every job's control flow and effects)", solution => Format.Seconds(solution.Median.ProcessModels)))
            .Row(Row("**total**", solution => "**" + Format.Seconds(solution.Median.Total) + "**"))
            .WriteTo(output);
        output.Append('\n');
        new MarkdownTable("", "")
            .Row("cores", Format.Number(Environment.ProcessorCount))
            .Row("OS", RuntimeInformation.OSDescription)
            .Row(".NET runtime", RuntimeInformation.FrameworkDescription)
            .Row("load average at the start (1, 5, 15 min)", results.LoadAtStart)
            .Row("load average at the end", results.LoadAtEnd)
            .Row("whole benchmark", Format.Seconds(results.Elapsed))
            .WriteTo(output);
        output.Append("\nThe total is the median of each run's four phases added up; the first run of the sample also starts MSBuildWorkspace's build host. The compile phase creates each project's compilation; the binding it defers is paid by whichever phase first asks a semantic question, mostly discovery. ");
        output.Append("The generated jobs call interfaces with no implementation in the solution, so their process models stop after a step or two; the sample's jobs are followed through their own services into EF Core, HTTP and Dapper, which is why its process models cost more with far fewer jobs. ");
        output.Append("The machine is shared with other builds, so wall-clock times are inflated by the load above; the sample and the generated solution ran in the same conditions and compare with each other better than with another machine.\n\n");
        return output.ToString();
    }
}
