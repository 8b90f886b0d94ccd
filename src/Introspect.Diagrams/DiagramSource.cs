namespace Introspect.Diagrams;

/// <summary>One diagram's text, ready to be written as <c>&lt;Name&gt;.&lt;Extension&gt;</c>: PlantUML, Mermaid, SVG or Markdown.</summary>
public sealed record DiagramSource(string Name, DiagramFormat Format, string Text)
{
    public string FileName => $"{Name}.{Extension(Format)}";

    public static string Extension(DiagramFormat format) => format switch
    {
        DiagramFormat.PlantUml => "puml",
        DiagramFormat.Mermaid => "mmd",
        DiagramFormat.Markdown => "md",
        _ => "svg",
    };
}

public enum DiagramFormat
{
    PlantUml,
    Mermaid,
    Svg,

    /// <summary>A Markdown table (the resources matrix): for Markdown hosts, so it is written with the Mermaid files.</summary>
    Markdown,
}
