using System.Text;
using Introspect.Diagrams;
using Introspect.Diagrams.Rendering;

namespace Introspect.Cli.Output;

/// <summary>
/// Writes a run's diagrams in the chosen formats: the sources as they are, and SVG for PlantUML sources rendered in one
/// batch (one JVM). Without a PlantUML it says so once and still writes everything else.
/// </summary>
internal sealed class DiagramOutput(string folder, IReadOnlyList<string> formats, CachedRenderer? renderer, CliConsole console)
{
    private static readonly UTF8Encoding s_utf8 = new(false);

    public async Task<DiagramOutputResult> WriteAsync(IReadOnlyList<DiagramSource> sources, CancellationToken cancellationToken)
    {
        Commands.CommandGuard.Usage(() => Directory.CreateDirectory(folder));
        var files = new List<string>();
        // A Markdown table is for the same hosts as Mermaid: it comes with --format mmd.
        foreach (var source in sources.Where(source => formats.Contains(DiagramSource.Extension(source.Format == DiagramFormat.Markdown ? DiagramFormat.Mermaid : source.Format))))
        {
            files.Add(Write(source.FileName, source.Text));
        }

        var toRender = formats.Contains("svg") ? sources.Where(source => source.Format == DiagramFormat.PlantUml).ToList() : [];
        if (toRender.Count == 0)
        {
            return new DiagramOutputResult(files, Complete: true);
        }

        if (renderer is null)
        {
            console.ErrorWriter.WriteLine(
                "note: no PlantUML found (--plantuml-jar, PLANTUML_JAR, tools/plantuml from scripts/install-tools.sh, or plantuml on PATH) and no " +
                $"--plantuml-server, so {string.Join(", ", toRender.Select(source => source.Name + ".svg"))} were not drawn; the other files were written.");
            return new DiagramOutputResult(files, Complete: true);
        }

        try
        {
            var svgs = await renderer.RenderAsync([.. toRender.Select(source => (source.Text, ThemeOf(source)))], cancellationToken).ConfigureAwait(false);
            files.AddRange(toRender.Zip(svgs, (source, svg) => Write(source.Name + ".svg", svg)));
            return new DiagramOutputResult(files, Complete: true);
        }
        catch (PlantUmlRenderException exception)
        {
            console.ErrorWriter.WriteLine($"error: {renderer.Renderer.Description} could not render the diagrams: {exception.Message}");
            return new DiagramOutputResult(files, Complete: false);
        }
    }

    private static string ThemeOf(DiagramSource source) => source.Name.EndsWith(".dark", StringComparison.Ordinal) ? "dark" : "light";

    private string Write(string fileName, string text)
    {
        var path = Path.Combine(folder, fileName);
        Commands.CommandGuard.Usage(() =>
        {
            File.WriteAllText(path, text, s_utf8);
            return 0;
        });
        return path;
    }
}

internal sealed record DiagramOutputResult(IReadOnlyList<string> Files, bool Complete);
