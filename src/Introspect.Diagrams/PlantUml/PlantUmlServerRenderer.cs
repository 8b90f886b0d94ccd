using Introspect.Diagrams.Rendering;

namespace Introspect.Diagrams.PlantUml;

/// <summary>Renders through a PlantUML server: GET <c>{server}/svg/{encoded text}</c>, one request per diagram.</summary>
public sealed class PlantUmlServerRenderer(Uri server, HttpClient http) : IPlantUmlRenderer
{
    public string Description => $"PlantUML server {server}";

    public string Version => "server:" + server.AbsoluteUri;

    public static Uri SvgUri(Uri server, string text) =>
        new($"{server.AbsoluteUri.TrimEnd('/')}/svg/{PlantUmlTextEncoding.Encode(text)}");

    public async Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var results = new List<string>(texts.Count);
        foreach (var text in texts)
        {
            try
            {
                using var response = await http.GetAsync(SvgUri(server, text), cancellationToken).ConfigureAwait(false);
                response.EnsureSuccessStatusCode();
                results.Add(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            }
            catch (HttpRequestException exception)
            {
                throw new PlantUmlRenderException($"the PlantUML server {server} did not render a diagram: {exception.Message}");
            }
        }

        return results;
    }
}
