using System.Text;
using Introspect.Diagrams.Chain;

namespace Introspect.Diagrams.PlantUml;

/// <summary>
/// The chain view as a PlantUML component-style graph: a rectangle per job (name, framework, trigger in words), entry
/// points as rectangles of their own, and one arrow style per edge kind (colours from the theme).
/// </summary>
public static class ChainPlantUml
{
    public static string Write(ChainGraph graph, DiagramTheme theme)
    {
        var builder = new StringBuilder();
        PlantUmlStyle.Header(builder, theme, "Job chains");
        builder.Append("left to right direction\n");
        foreach (var node in graph.Nodes)
        {
            WriteNode(builder, graph, node);
        }

        foreach (var edge in graph.Edges)
        {
            builder.Append(DiagramIds.For("n", edge.From)).Append(" -[").Append(ChainEdgeColours.Of(edge.Kind, theme)).Append(Style(edge.Kind)).Append("]-> ")
                .Append(DiagramIds.For("n", edge.To)).Append(" : ").Append(PlantUmlText.Label(edge.Label)).Append('\n');
        }

        if (graph.Edges.IsEmpty)
        {
            builder.Append("note as none\nNo job starts another.\nend note\n");
        }

        PlantUmlStyle.Footer(builder);
        return builder.ToString();
    }

    private static void WriteNode(StringBuilder builder, ChainGraph graph, ChainNode node)
    {
        builder.Append("rectangle \"").Append(PlantUmlText.Label(node.Title));
        var details = new[] { node.Framework, node.Trigger }.Where(text => !string.IsNullOrEmpty(text)).Select(text => PlantUmlText.Label(text!));
        builder.Append("\\n<size:11>").Append(string.Join(" &#183; ", details)).Append("</size>");
        if (graph.IsFanOut(node.Id))
        {
            builder.Append("\\n<size:11><b>fan-out</b></size>");
        }

        if (node.DeadEnd is { } deadEnd)
        {
            builder.Append("\\n<size:11><b>dead end:</b> ").Append(PlantUmlText.Label(deadEnd)).Append("</size>");
        }

        builder.Append("\" as ").Append(DiagramIds.For("n", node.Id));
        var stereotype = node.DeadEnd is not null ? "deadend" : node.Kind == ChainNodeKind.Job ? null : "entry";
        if (stereotype is not null)
        {
            builder.Append(" <<").Append(stereotype).Append(">>");
        }

        // SourceLinks percent-encodes brackets, braces, quotes and spaces, so the link cannot end the [[ ]].
        if (node.Link is { } link)
        {
            builder.Append(" [[").Append(link).Append("]]");
        }

        builder.Append('\n');
    }

    private static string Style(ChainEdgeKind kind) => kind switch
    {
        ChainEdgeKind.Schedule => ",dashed",
        ChainEdgeKind.Continuation => ",bold",
        ChainEdgeKind.Publish => ",dotted",
        _ => string.Empty,
    };
}
