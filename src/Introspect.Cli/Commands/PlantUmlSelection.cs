using Introspect.Diagrams.PlantUml;
using Introspect.Diagrams.Rendering;

namespace Introspect.Cli.Commands;

/// <summary>Which PlantUML renders this run's SVG: a server when one is given, else a local jar or launcher, else none.</summary>
internal static class PlantUmlSelection
{
    private static readonly HttpClient s_http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public static CachedRenderer? Create(DiagramCommandRequest request, CliConsole console) =>
        Create(request.PlantUmlJar, request.PlantUmlServer, request.UseCache, console);

    public static CachedRenderer? Create(string? plantUmlJar, string? plantUmlServer, bool useCache, CliConsole console)
    {
        IPlantUmlRenderer? renderer;
        if (plantUmlServer is { } server)
        {
            renderer = Uri.TryCreate(server, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? new PlantUmlServerRenderer(uri, s_http)
                : throw new UsageException($"--plantuml-server '{server}' is not an http or https URL.");
        }
        else
        {
            var jar = plantUmlJar is null ? null : Path.GetFullPath(Path.Combine(console.CurrentDirectory, plantUmlJar));
            var launcher = CommandGuard.Usage(() => PlantUmlLocator.Locate(
                jar, console.GetEnvironmentVariable, PlantUmlLocator.ToolFoldersAbove(console.CurrentDirectory, AppContext.BaseDirectory)));
            renderer = launcher is null ? null : new LocalPlantUmlRenderer(launcher);
        }

        return renderer is null ? null : new CachedRenderer(renderer, useCache ? new RenderCache(RenderCache.DefaultFolder()) : null);
    }
}
