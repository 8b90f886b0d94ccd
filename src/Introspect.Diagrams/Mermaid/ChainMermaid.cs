using System.Text;
using Introspect.Diagrams.Chain;

namespace Introspect.Diagrams.Mermaid;

/// <summary>The chain view as a Mermaid flowchart, with class definitions from the theme and one link style per edge kind.</summary>
public static class ChainMermaid
{
    public static string Write(ChainGraph graph, DiagramTheme theme)
    {
        var builder = new StringBuilder();
        builder.Append("---\ntitle: Job chains\n---\n");
        builder.Append("flowchart LR\n");
        builder.Append("  classDef job fill:").Append(theme.NodeFill).Append(",stroke:").Append(theme.NodeBorder).Append(",color:").Append(theme.Text).Append('\n');
        builder.Append("  classDef entry fill:").Append(theme.EntryFill).Append(",stroke:").Append(theme.NodeBorder).Append(",color:").Append(theme.Text).Append('\n');
        builder.Append("  classDef deadend fill:").Append(theme.DeadEndFill).Append(",stroke:").Append(theme.Invalid).Append(",color:").Append(theme.Text).Append('\n');
        foreach (var node in graph.Nodes)
        {
            var lines = new List<string> { MermaidText.Label(node.Title) };
            var details = new[] { node.Framework, node.Trigger }.Where(text => !string.IsNullOrEmpty(text)).Select(text => MermaidText.Label(text!)).ToList();
            if (details.Count > 0)
            {
                lines.Add(string.Join(" #183; ", details));
            }

            if (graph.IsFanOut(node.Id))
            {
                lines.Add("fan-out");
            }

            if (node.DeadEnd is { } deadEnd)
            {
                lines.Add("dead end: " + MermaidText.Label(deadEnd));
            }

            var open = node.Kind == ChainNodeKind.Job ? "[\"" : "([\"";
            var close = node.Kind == ChainNodeKind.Job ? "\"]" : "\"])";
            var style = node.DeadEnd is not null ? "deadend" : node.Kind == ChainNodeKind.Job ? "job" : "entry";
            builder.Append("  ").Append(DiagramIds.For("n", node.Id)).Append(open).Append(string.Join("<br/>", lines)).Append(close)
                .Append(":::").Append(style).Append('\n');
        }

        var index = 0;
        var linkStyles = new StringBuilder();
        foreach (var edge in graph.Edges)
        {
            var arrow = edge.Kind switch
            {
                ChainEdgeKind.Schedule or ChainEdgeKind.Publish => "-.->",
                ChainEdgeKind.Continuation => "==>",
                _ => "-->",
            };
            builder.Append("  ").Append(DiagramIds.For("n", edge.From)).Append(' ').Append(arrow).Append("|\"").Append(MermaidText.Label(edge.Label)).Append("\"| ")
                .Append(DiagramIds.For("n", edge.To)).Append('\n');
            linkStyles.Append("  linkStyle ").Append(index++).Append(" stroke:").Append(ChainEdgeColours.Of(edge.Kind, theme)).Append('\n');
        }

        builder.Append(linkStyles);
        foreach (var node in graph.Nodes.Where(node => node.Link is not null))
        {
            // SourceLinks percent-encodes quotes and spaces, so the link cannot leave its quotes.
            builder.Append("  click ").Append(DiagramIds.For("n", node.Id)).Append(" href \"").Append(node.Link).Append("\" _blank\n");
        }

        return builder.ToString();
    }
}
