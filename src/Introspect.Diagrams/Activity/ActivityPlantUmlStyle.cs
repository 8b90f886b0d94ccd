using System.Text;

namespace Introspect.Diagrams.Activity;

/// <summary>
/// The activity view's style block: actions, diamonds, partitions, groups and arrows in the theme's colours, and one
/// class per stereotype the emitter writes (the effect fills, and muted or dashed nodes for logs, waits and what is hidden).
/// </summary>
public static class ActivityPlantUmlStyle
{
    public static void Write(StringBuilder builder, DiagramTheme theme)
    {
        builder.Append("<style>\nactivityDiagram {\n");
        Rule(builder, "activity", ("BackgroundColor", theme.NodeFill), ("LineColor", theme.NodeBorder), ("FontColor", theme.Text));
        Rule(builder, "diamond", ("BackgroundColor", theme.NodeFill), ("LineColor", theme.NodeBorder), ("FontColor", theme.Text));
        Rule(builder, "partition", ("LineColor", theme.MutedText), ("FontColor", theme.Text));
        Rule(builder, "group", ("LineColor", theme.Grid), ("FontColor", theme.MutedText));
        Rule(builder, "arrow", ("LineColor", theme.NodeBorder), ("FontColor", theme.MutedText));
        Rule(builder, "circle", ("BackgroundColor", theme.Text), ("LineColor", theme.Text));
        Rule(builder, "activityBar", ("BackgroundColor", theme.NodeBorder), ("LineColor", theme.NodeBorder));
        Rule(builder, "caption", ("FontColor", theme.MutedText));
        var effects = theme.Effects;
        Rule(builder, ".dbread", ("BackgroundColor", effects.DatabaseRead));
        Rule(builder, ".dbwrite", ("BackgroundColor", effects.DatabaseWrite));
        Rule(builder, ".http", ("BackgroundColor", effects.Http));
        Rule(builder, ".email", ("BackgroundColor", effects.Email));
        Rule(builder, ".file", ("BackgroundColor", effects.File));
        Rule(builder, ".process", ("BackgroundColor", effects.Process));
        Rule(builder, ".message", ("BackgroundColor", effects.Message));
        Rule(builder, ".job", ("BackgroundColor", effects.Job), ("LineColor", theme.Enqueue));
        Rule(builder, ".return", ("BackgroundColor", theme.EntryFill));
        Rule(builder, ".throw", ("BackgroundColor", theme.DeadEndFill), ("LineColor", theme.Invalid));
        Rule(builder, ".collapsed", ("LineStyle", "4"));
        Rule(builder, ".hidden", ("FontColor", theme.MutedText), ("LineStyle", "4"));
        Rule(builder, ".log", ("FontColor", theme.MutedText));
        Rule(builder, ".wait", ("FontColor", theme.MutedText));
        Rule(builder, ".jump", ("FontColor", theme.MutedText));
        Rule(builder, ".parallel", ("FontColor", theme.MutedText));
        builder.Append("}\n</style>\n");
    }

    private static void Rule(StringBuilder builder, string selector, params (string Property, string Value)[] properties)
    {
        builder.Append("  ").Append(selector).Append(" {\n");
        foreach (var (property, value) in properties)
        {
            builder.Append("    ").Append(property).Append(' ').Append(value).Append('\n');
        }

        builder.Append("  }\n");
    }
}
