using System.Globalization;
using System.Text;
using Introspect.Core.Jobs.Process;
using Introspect.Diagrams.Resources;

namespace Introspect.Diagrams.Mermaid;

/// <summary>
/// The jobs × resources view as a Mermaid flowchart: the jobs in one subgraph, the resources in a subgraph per kind with a
/// shape per kind, edges labelled R, W or RW (reads dashed), contended resources and their writer edges in the clash
/// colour, and a <c>click</c> link from each job to its definition.
/// </summary>
public static class ResourcesMermaid
{
    public static string Write(ResourceMap map, DiagramTheme theme)
    {
        var builder = new StringBuilder();
        builder.Append("---\ntitle: Jobs and the resources they use\n---\n");
        builder.Append("flowchart LR\n");
        builder.Append("  classDef job fill:").Append(theme.NodeFill).Append(",stroke:").Append(theme.NodeBorder).Append(",color:").Append(theme.Text).Append('\n');
        builder.Append("  classDef resource fill:").Append(theme.NodeFill).Append(",stroke:").Append(theme.NodeBorder).Append(",color:").Append(theme.Text).Append('\n');
        builder.Append("  classDef contended fill:").Append(theme.ClashFill).Append(",stroke:").Append(theme.Clash).Append(",color:").Append(theme.Text).Append(",stroke-width:2px\n");
        if (map.Jobs.IsEmpty)
        {
            builder.Append("  none[\"No job touches a resource the process model knows.\"]\n");
            return builder.ToString();
        }

        builder.Append("  subgraph g_jobs[\"Jobs\"]\n");
        foreach (var job in map.Jobs)
        {
            builder.Append("    ").Append(DiagramIds.For("j", job.Id)).Append("[\"").Append(MermaidText.Label(job.Title)).Append("<br/>").Append(MermaidText.Label(job.Framework))
                .Append("\"]:::job\n");
        }

        builder.Append("  end\n");
        foreach (var group in map.Resources.GroupBy(resource => resource.Kind))
        {
            builder.Append("  subgraph ").Append(DiagramIds.For("g", group.Key.ToString())).Append("[\"").Append(MermaidText.Label(ResourceGroups.Title(group.Key))).Append("\"]\n");
            foreach (var resource in group)
            {
                var (open, close) = Shape(resource.Kind);
                var label = MermaidText.Label(resource.Name);
                if (ResourceWords.Contention(resource) is { } words)
                {
                    label += "<br/>" + MermaidText.Label(words);
                }

                builder.Append("    ").Append(DiagramIds.For("r", resource.Key)).Append(open).Append('"').Append(label).Append('"').Append(close)
                    .Append(":::").Append(resource.Contention == ResourceContention.None ? "resource" : "contended").Append('\n');
            }

            builder.Append("  end\n");
        }

        var linkStyles = new StringBuilder();
        for (var index = 0; index < map.Edges.Length; index++)
        {
            var edge = map.Edges[index];
            builder.Append("  ").Append(DiagramIds.For("j", edge.JobId)).Append(edge.Writes || !edge.Reads ? " -->" : " -.->").Append("|\"").Append(edge.AccessLabel).Append("\"| ")
                .Append(DiagramIds.For("r", edge.ResourceKey)).Append('\n');
            var stroke = map.IsContendedWrite(edge) ? theme.Clash + ",stroke-width:3px" : edge.Writes ? theme.Text : theme.NodeBorder;
            linkStyles.Append("  linkStyle ").Append(index.ToString(CultureInfo.InvariantCulture)).Append(" stroke:").Append(stroke).Append('\n');
        }

        builder.Append(linkStyles);
        foreach (var job in map.Jobs.Where(job => job.Link is not null))
        {
            // SourceLinks percent-encodes quotes and spaces, so the link cannot leave its quotes.
            builder.Append("  click ").Append(DiagramIds.For("j", job.Id)).Append(" href \"").Append(job.Link).Append("\" _blank\n");
        }

        return builder.ToString();
    }

    private static (string Open, string Close) Shape(EffectKind kind) => kind switch
    {
        EffectKind.Database => ("[(", ")]"),
        EffectKind.Http => ("{{", "}}"),
        EffectKind.Email => ("[/", "/]"),
        EffectKind.File => (">", "]"),
        EffectKind.Process => ("[[", "]]"),
        _ => ("[/", "\\]"),
    };
}
