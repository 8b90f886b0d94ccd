using System.Runtime.InteropServices;
using System.Text;
using Introspect.Benchmarks.Diagrams;
using Introspect.Comparison.Reporting;

namespace Introspect.Benchmarks.Report;

/// <summary>The diagram rendering section of docs/performance.md (<see cref="PageSection.Diagrams"/>).</summary>
internal static class DiagramsSection
{
    public const string CommandLine = "dotnet run -c Release --project bench/Introspect.Benchmarks -- diagrams --runs 3";

    public static string Render(DiagramRenderResults results)
    {
        var output = new StringBuilder();
        output.Append("## Rendering the sample's diagrams\n\n");
        output.Append(Format.Invariant($"Every PlantUML diagram `introspect diagram` writes for the OpsPlatform sample ({results.Diagrams} diagrams: each view in light and dark), rendered to SVG by a local PlantUML. Medians of {results.Runs} runs. Regenerate with:\n\n"));
        output.Append("```bash\n").Append(CommandLine).Append("\n```\n\n");
        new MarkdownTable("what", "time (median)")
            .Row(Format.Invariant($"all {results.Diagrams} diagrams, **one JVM** (what `introspect diagram` does)"), Format.Seconds(results.OneJvm))
            .Row(Format.Invariant($"the same {results.Diagrams} diagrams, **one JVM per diagram**"), Format.Seconds(results.OneJvmPerDiagram))
            .Row("the same, **warm cache** (every SVG from the cache, no JVM)", Format.Milliseconds(results.WarmCache))
            .WriteTo(output);
        output.Append('\n');
        new MarkdownTable("", "")
            .Row("cores", Format.Number(Environment.ProcessorCount))
            .Row("OS", RuntimeInformation.OSDescription)
            .Row("Java", results.Java)
            .Row("PlantUML", results.PlantUmlVersion + ", Smetana layout")
            .Row("load average at the start (1, 5, 15 min)", results.LoadAtStart)
            .Row("load average at the end", results.LoadAtEnd)
            .WriteTo(output);
        output.Append("\nThe JVM's start-up dominates: one JVM per diagram pays it for every diagram, one JVM for the run pays it once, and a warm cache never starts one. ");
        output.Append("Loading the sample's projects (done once, before any rendering) is not included. The machine is shared, so the load average says how much the numbers can be trusted.\n\n");
        return PageSection.Diagrams.Wrap(output.ToString());
    }
}
