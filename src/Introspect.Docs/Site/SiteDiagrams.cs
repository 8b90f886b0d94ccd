using Introspect.Core.Jobs;
using Introspect.Diagrams;
using Introspect.Diagrams.Rendering;
using Introspect.Docs.Markdown;

namespace Introspect.Docs.Site;

/// <summary>
/// Every diagram of the site, in both themes: the views <see cref="DiagramViews"/> draws (chain, resources, timeline,
/// week strip, and an activity diagram per job), with PlantUML rendered to
/// SVG in one batch through the render cache. Pages embed a diagram by name; without PlantUML its Mermaid and
/// PlantUML sources stand in for the SVG.
/// </summary>
public sealed class SiteDiagrams
{
    private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);

    private SiteDiagrams(IReadOnlyList<string> notes) => Notes = notes;

    /// <summary>Why some diagrams have no SVG (no PlantUML, or PlantUML failed); empty when every diagram was drawn.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The diagram files, by path inside the site (<c>diagrams/chain.svg</c>).</summary>
    public IReadOnlyDictionary<string, string> Files => _files;

    public static async Task<SiteDiagrams> BuildAsync(
        JobCatalog catalog, SiteOptions options, CachedRenderer? renderer, CancellationToken cancellationToken)
    {
        var sources = DiagramTheme.All
            .SelectMany(theme => DiagramViews.Build(catalog, new DiagramRequest
            {
                Day = options.Day,
                Zone = options.Zone,
                Theme = theme,
                Activity = true,
            }))
            .ToList();
        var plantUml = sources.Where(source => source.Format == DiagramFormat.PlantUml).ToList();
        var notes = new List<string>();
        IReadOnlyList<string> svgs = [];
        if (plantUml.Count > 0 && renderer is null)
        {
            notes.Add($"no PlantUML found (--plantuml-jar, PLANTUML_JAR, tools/plantuml from scripts/install-tools.sh, or plantuml on PATH) and no --plantuml-server, so {plantUml.Count} diagrams are shown as Mermaid and PlantUML source instead of SVG.");
        }
        else if (plantUml.Count > 0)
        {
            try
            {
                svgs = await renderer!.RenderAsync([.. plantUml.Select(source => (source.Text, ThemeOf(source)))], cancellationToken).ConfigureAwait(false);
            }
            catch (PlantUmlRenderException exception)
            {
                notes.Add($"{renderer!.Renderer.Description} could not render the diagrams ({exception.Message}); they are shown as Mermaid and PlantUML source instead.");
            }
        }

        var diagrams = new SiteDiagrams(notes);
        foreach (var source in sources)
        {
            diagrams._files[SitePaths.Diagram(source.FileName)] = source.Text;
        }

        foreach (var (source, svg) in plantUml.Zip(svgs))
        {
            diagrams._files[SitePaths.Diagram(source.Name + ".svg")] = svg;
        }

        return diagrams;
    }

    /// <summary>Diagrams given as they are (for tests and callers that drew their own).</summary>
    public static SiteDiagrams From(IReadOnlyDictionary<string, string> files, IReadOnlyList<string>? notes = null)
    {
        var diagrams = new SiteDiagrams(notes ?? []);
        foreach (var (path, text) in files)
        {
            diagrams._files[path] = text;
        }

        return diagrams;
    }

    public bool Has(string name) => Extensions.Any(extension => _files.ContainsKey(SitePaths.Diagram($"{name}.{extension}")));

    /// <summary>
    /// The diagram as Markdown for <paramref name="fromPage"/>: its SVG as an image, then its Mermaid block (wikis draw it;
    /// the HTML drops it after an image); without SVG, the Mermaid block and a link to the PlantUML source.
    /// </summary>
    public string Embed(string name, string fromPage, string alt)
    {
        var parts = new List<string>();
        var hasSvg = _files.ContainsKey(SitePaths.Diagram(name + ".svg"));
        if (hasSvg)
        {
            parts.Add(MarkdownText.Image(alt, SitePaths.Relative(fromPage, SitePaths.Diagram(name + ".svg"))) + "\n");
        }

        if (_files.TryGetValue(SitePaths.Diagram(name + ".mmd"), out var mermaid))
        {
            parts.Add(MarkdownText.CodeBlock(mermaid, "mermaid"));
        }

        if (!hasSvg && _files.ContainsKey(SitePaths.Diagram(name + ".puml")))
        {
            parts.Add($"The SVG was not drawn (no PlantUML): {MarkdownText.Link(name + ".puml", SitePaths.Relative(fromPage, SitePaths.Diagram(name + ".puml")))} is its PlantUML source.\n");
        }

        return string.Join("\n", parts);
    }

    private static readonly string[] Extensions = ["svg", "mmd", "puml"];

    private static string ThemeOf(DiagramSource source) => source.Name.EndsWith(".dark", StringComparison.Ordinal) ? "dark" : "light";
}
