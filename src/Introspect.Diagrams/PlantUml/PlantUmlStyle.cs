using System.Text;

namespace Introspect.Diagrams.PlantUml;

/// <summary>The lines every Introspect PlantUML diagram starts with: Smetana layout (no Graphviz needed) and the theme.</summary>
public static class PlantUmlStyle
{
    public static void Header(StringBuilder builder, DiagramTheme theme, string title)
    {
        builder.Append("@startuml\n");
        builder.Append("!pragma layout smetana\n");
        builder.Append("skinparam backgroundColor ").Append(theme.Background).Append('\n');
        builder.Append("skinparam defaultFontName ").Append(theme.FontFamily).Append('\n');
        builder.Append("skinparam defaultFontColor ").Append(theme.Text).Append('\n');
        builder.Append("skinparam shadowing false\n");
        builder.Append("skinparam ArrowFontColor ").Append(theme.MutedText).Append('\n');
        builder.Append("skinparam rectangle {\n");
        builder.Append("  BackgroundColor ").Append(theme.NodeFill).Append('\n');
        builder.Append("  BorderColor ").Append(theme.NodeBorder).Append('\n');
        builder.Append("  FontColor ").Append(theme.Text).Append('\n');
        builder.Append("  StereotypeFontColor ").Append(theme.MutedText).Append('\n');
        Stereotype(builder, "entry", theme.EntryFill);
        Stereotype(builder, "deadend", theme.DeadEndFill);
        builder.Append("}\n");
        builder.Append("title ").Append(PlantUmlText.Label(title)).Append('\n');
    }

    public static void Footer(StringBuilder builder) => builder.Append("@enduml\n");

    private static void Stereotype(StringBuilder builder, string name, string fill) =>
        builder.Append("  BackgroundColor<<").Append(name).Append(">> ").Append(fill).Append('\n');
}
