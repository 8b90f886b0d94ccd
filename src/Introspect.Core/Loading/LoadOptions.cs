namespace Introspect.Core.Loading;

/// <summary>How to load the input: MSBuild global properties, and whether to restore packages when they are missing.</summary>
public sealed record LoadOptions
{
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Run <c>dotnet restore</c> once when a project's packages have not been restored.</summary>
    public bool RestoreWhenNeeded { get; init; } = true;
}
