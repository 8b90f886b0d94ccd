using System.Runtime.InteropServices;
using System.Text;
using Introspect.Benchmarks.Diagrams;
using Introspect.Comparison.Reporting;

namespace Introspect.Benchmarks.Report;

/// <summary>The diagram rendering section of docs/performance.md, between markers so the threading report keeps it.</summary>
internal static class DiagramsSection
{
    public const string Begin = "<!-- diagrams: begin (written by the benchmark's diagrams command) -->";
    public const string End = "<!-- diagrams: end -->";

    public const string CommandLine = "dotnet run -c Release --project bench/Introspect.Benchmarks -- diagrams --runs 3";

    public static string Render(DiagramRenderResults results)
    {
        var output = new StringBuilder();
        output.Append(Begin).Append("\n\n## Rendering the sample's diagrams\n\n");
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
        output.Append(End).Append('\n');
        return output.ToString();
    }

    /// <summary>The page with the section put in place of the old one, or added at the end.</summary>
    public static string ReplaceIn(string? page, string section)
    {
        if (page is null)
        {
            return "# Performance\n\n" + section;
        }

        var begin = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        return begin >= 0 && end > begin
            ? string.Concat(page.AsSpan(0, begin), section, page.AsSpan(end + End.Length).TrimStart('\n'))
            : page.TrimEnd('\n') + "\n\n" + section;
    }

    /// <summary>The section as it stands in a page (to carry over when the threading report rewrites the page), or empty.</summary>
    public static string Existing(string? page)
    {
        var begin = page?.IndexOf(Begin, StringComparison.Ordinal) ?? -1;
        var end = page?.IndexOf(End, StringComparison.Ordinal) ?? -1;
        return begin >= 0 && end > begin ? page![begin..(end + End.Length)] + "\n" : string.Empty;
    }
}
