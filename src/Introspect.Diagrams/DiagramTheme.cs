namespace Introspect.Diagrams;

/// <summary>
/// Every colour a diagram uses, in one place: the emitters read these and never write a colour of their own, so the
/// light and the dark diagram come from the same source. Colours are #RRGGBB.
/// </summary>
public sealed record DiagramTheme
{
    public required string Name { get; init; }

    public required string Background { get; init; }

    public required string Text { get; init; }

    public required string MutedText { get; init; }

    public required string Grid { get; init; }

    public required string NodeFill { get; init; }

    public required string NodeBorder { get; init; }

    public required string EntryFill { get; init; }

    public required string DeadEndFill { get; init; }

    public required string Enqueue { get; init; }

    public required string Schedule { get; init; }

    public required string Continuation { get; init; }

    public required string Publish { get; init; }

    public required string Tick { get; init; }

    public required string Band { get; init; }

    public required string Startup { get; init; }

    public required string Cluster { get; init; }

    public required string Invalid { get; init; }

    /// <summary>The fills of the activity view's steps, one per kind of effect.</summary>
    public required EffectFills Effects { get; init; }
    /// <summary>Two jobs that write the same resource: the contended resources, their writer edges, and timeline clashes.</summary>
    public required string Clash { get; init; }

    /// <summary>The fill of a contended resource.</summary>
    public required string ClashFill { get; init; }

    public string FontFamily { get; init; } = "sans-serif";

    public static DiagramTheme Light { get; } = new()
    {
        Name = "light",
        Background = "#FFFFFF",
        Text = "#1F2328",
        MutedText = "#656D76",
        Grid = "#D0D7DE",
        NodeFill = "#F6F8FA",
        NodeBorder = "#57606A",
        EntryFill = "#DDF4FF",
        DeadEndFill = "#FFEBE9",
        Enqueue = "#0969DA",
        Schedule = "#8250DF",
        Continuation = "#1A7F37",
        Publish = "#BF8700",
        Tick = "#0969DA",
        Band = "#54AEFF",
        Startup = "#1A7F37",
        Cluster = "#BF8700",
        Invalid = "#CF222E",
        Effects = new()
        {
            DatabaseRead = "#DAFBE1",
            DatabaseWrite = "#FFE2CC",
            Http = "#DDF4FF",
            Email = "#FBEFFF",
            File = "#FFF8C5",
            Process = "#EAEEF2",
            Message = "#FFEFF7",
            Job = "#D3F5F0",
        },
        Clash = "#D1242F",
        ClashFill = "#FFEBE9",
    };

    public static DiagramTheme Dark { get; } = new()
    {
        Name = "dark",
        Background = "#0D1117",
        Text = "#E6EDF3",
        MutedText = "#8D96A0",
        Grid = "#30363D",
        NodeFill = "#161B22",
        NodeBorder = "#8D96A0",
        EntryFill = "#0C2D6B",
        DeadEndFill = "#5D0F12",
        Enqueue = "#4493F8",
        Schedule = "#AB7DF8",
        Continuation = "#3FB950",
        Publish = "#D29922",
        Tick = "#4493F8",
        Band = "#1F6FEB",
        Startup = "#3FB950",
        Cluster = "#D29922",
        Invalid = "#F85149",
        Effects = new()
        {
            DatabaseRead = "#0F3D1E",
            DatabaseWrite = "#5A2A0C",
            Http = "#0C2D6B",
            Email = "#3C1E70",
            File = "#4B3B00",
            Process = "#2D333B",
            Message = "#4D1133",
            Job = "#0B3B37",
        },
        Clash = "#FF7B72",
        ClashFill = "#490202",
    };

    public static IReadOnlyList<DiagramTheme> All { get; } = [Light, Dark];

    /// <summary>The theme with this name (light or dark), or null.</summary>
    public static DiagramTheme? Find(string name) =>
        All.FirstOrDefault(theme => string.Equals(theme.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Step fills by effect: what the activity view tells a database read from an HTTP call or an enqueued job by.</summary>
public sealed record EffectFills
{
    public required string DatabaseRead { get; init; }

    public required string DatabaseWrite { get; init; }

    public required string Http { get; init; }

    public required string Email { get; init; }

    public required string File { get; init; }

    public required string Process { get; init; }

    public required string Message { get; init; }

    public required string Job { get; init; }
}
