using System.Text;
using Introspect.Core.Jobs.Process;
using Introspect.Diagrams.Resources;

namespace Introspect.Diagrams.PlantUml;

/// <summary>
/// The jobs × resources view as a bipartite PlantUML graph: the jobs on the left, the resources on the right in one box per
/// kind (a database shape for tables, a cloud for HTTP, a queue for messages and jobs…), an arrow per use labelled R, W or
/// RW. Contended resources carry the <c>contended</c> stereotype and their writer arrows are bold in the clash colour.
/// </summary>
public static class ResourcesPlantUml
{
    private static readonly string[] s_shapes = ["database", "cloud", "storage", "file", "node", "queue"];

    public static string Write(ResourceMap map, DiagramTheme theme)
    {
        var builder = new StringBuilder();
        PlantUmlStyle.Header(builder, theme, "Jobs and the resources they use");
        foreach (var shape in s_shapes)
        {
            builder.Append("skinparam ").Append(shape).Append(" {\n");
            builder.Append("  BackgroundColor ").Append(theme.NodeFill).Append('\n');
            builder.Append("  BorderColor ").Append(theme.NodeBorder).Append('\n');
            builder.Append("  FontColor ").Append(theme.Text).Append('\n');
            builder.Append("  StereotypeFontColor ").Append(theme.Clash).Append('\n');
            builder.Append("  BackgroundColor<<contended>> ").Append(theme.ClashFill).Append('\n');
            builder.Append("  BorderColor<<contended>> ").Append(theme.Clash).Append('\n');
            builder.Append("}\n");
        }

        // Edge labels link to the code: drawn in the label colour, not as blue underlined web links.
        builder.Append("skinparam hyperlinkColor ").Append(theme.MutedText).Append('\n');
        builder.Append("skinparam hyperlinkUnderline false\n");
        builder.Append("left to right direction\n");
        if (map.Jobs.IsEmpty)
        {
            builder.Append("note as none\nNo job touches a resource the process model knows.\nend note\n");
            PlantUmlStyle.Footer(builder);
            return builder.ToString();
        }

        builder.Append("rectangle \"Jobs\" as g_jobs {\n");
        foreach (var job in map.Jobs)
        {
            builder.Append("  rectangle \"").Append(PlantUmlText.Label(job.Title)).Append("\\n<size:11>").Append(PlantUmlText.Label(job.Framework)).Append("</size>\" as ")
                .Append(DiagramIds.For("j", job.Id));
            Link(builder, job.Link);
            builder.Append('\n');
        }

        builder.Append("}\n");
        foreach (var group in map.Resources.GroupBy(resource => resource.Kind))
        {
            builder.Append("rectangle \"").Append(PlantUmlText.Label(ResourceGroups.Title(group.Key))).Append("\" as ").Append(DiagramIds.For("g", group.Key.ToString())).Append(" {\n");
            foreach (var resource in group)
            {
                builder.Append("  ").Append(Shape(resource.Kind)).Append(" \"").Append(PlantUmlText.Label(resource.Name));
                if (ResourceWords.Contention(resource) is { } words)
                {
                    builder.Append("\\n<size:11>").Append(PlantUmlText.Label(words)).Append("</size>");
                }
                else if (resource.Unresolved is { } unresolved)
                {
                    builder.Append("\\n<size:10>").Append(PlantUmlText.Label(unresolved)).Append("</size>");
                }

                builder.Append("\" as ").Append(DiagramIds.For("r", resource.Key));
                if (resource.Contention != ResourceContention.None)
                {
                    builder.Append(" <<contended>>");
                }

                builder.Append('\n');
            }

            builder.Append("}\n");
        }

        foreach (var edge in map.Edges)
        {
            builder.Append(DiagramIds.For("j", edge.JobId)).Append(" -[").Append(Arrow(map, edge, theme)).Append("]-> ").Append(DiagramIds.For("r", edge.ResourceKey)).Append(" : ");
            if (edge.Link is { } link)
            {
                builder.Append("[[").Append(link).Append(' ').Append(edge.AccessLabel).Append("]]");
            }
            else
            {
                builder.Append(edge.AccessLabel);
            }

            builder.Append('\n');
        }

        PlantUmlStyle.Footer(builder);
        return builder.ToString();
    }

    /// <summary>Links come from <see cref="SourceLinks"/>, which percent-encodes everything that could close the brackets.</summary>
    private static void Link(StringBuilder builder, string? link)
    {
        if (link is not null)
        {
            builder.Append(" [[").Append(link).Append("]]");
        }
    }

    private static string Arrow(ResourceMap map, ResourceEdge edge, DiagramTheme theme) =>
        map.IsContendedWrite(edge) ? theme.Clash + ",bold"
        : edge.Writes ? theme.Text
        : edge.Reads ? theme.NodeBorder + ",dashed"
        : theme.MutedText + ",dotted";

    private static string Shape(EffectKind kind) => kind switch
    {
        EffectKind.Database => "database",
        EffectKind.Http => "cloud",
        EffectKind.Email => "storage",
        EffectKind.File => "file",
        EffectKind.Process => "node",
        _ => "queue",
    };
}
