namespace Introspect.Core.Jobs.Process;

public sealed record ProcessModelOptions
{
    public static ProcessModelOptions Default { get; } = new();

    /// <summary>How many levels of calls into the solution's own methods are read; 0 reads the entry method only.</summary>
    public int MaxDepth { get; init; } = 3;

    /// <summary>Keep log calls as steps.</summary>
    public bool IncludeLogging { get; init; } = true;

    /// <summary>
    /// Keep every library call as a step. Off by default: a library call is kept only when it has an effect, is
    /// awaited, or runs a callback, so clocks, string helpers and LINQ over lists do not bury the flow.
    /// </summary>
    public bool IncludeAllLibraryCalls { get; init; }
}
