namespace Introspect.Diagrams.Rendering;

/// <summary>Something that turns PlantUML texts into SVG, all of them in one go: a local JVM or a PlantUML server.</summary>
public interface IPlantUmlRenderer
{
    /// <summary>What renders, for messages ("PlantUML 1.2026.8 (tools folder)").</summary>
    string Description { get; }

    /// <summary>Part of the cache key: a different PlantUML may draw the same text differently.</summary>
    string Version { get; }

    /// <summary>The SVG of each text, in the same order.</summary>
    Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}

/// <summary>PlantUML could not render: a missing Java, a syntax error, an unreachable server.</summary>
public sealed class PlantUmlRenderException(string message) : Exception(message);
