namespace Introspect.Diagrams.Rendering;

/// <summary>
/// Renders a run's PlantUML diagrams: takes what the cache has, and sends all the others to the renderer in ONE call
/// (one JVM for a local PlantUML), then caches them.
/// </summary>
public sealed class CachedRenderer(IPlantUmlRenderer renderer, RenderCache? cache)
{
    public IPlantUmlRenderer Renderer => renderer;

    /// <summary>How many diagrams the last call took from the cache.</summary>
    public int CacheHits { get; private set; }

    public async Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<(string Text, string Theme)> diagrams, CancellationToken cancellationToken)
    {
        var keys = diagrams.Select(diagram => RenderCache.Key(diagram.Text, renderer.Version, diagram.Theme)).ToList();
        var results = keys.Select(key => cache?.Get(key)).ToArray();
        CacheHits = results.Count(result => result is not null);
        var missing = Enumerable.Range(0, diagrams.Count).Where(index => results[index] is null).ToList();
        if (missing.Count > 0)
        {
            var rendered = await renderer.RenderAsync([.. missing.Select(index => diagrams[index].Text)], cancellationToken).ConfigureAwait(false);
            for (var position = 0; position < missing.Count; position++)
            {
                results[missing[position]] = rendered[position];
                cache?.Put(keys[missing[position]], rendered[position]);
            }
        }

        return [.. results.Select(result => result!)];
    }
}
