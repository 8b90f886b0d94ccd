using System.Text;
using Introspect.Diagrams.Resources;

namespace Introspect.Diagrams.Markdown;

/// <summary>
/// The jobs × resources matrix as a Markdown table for any Markdown host: a row per resource (names are long, and a table
/// grows better downwards), a column per job (numbered, the names listed above), R / W / RW in the cells, and contended
/// resources and their writer cells in bold with what makes them contended.
/// </summary>
public static class ResourceMatrixMarkdown
{
    public static string Write(ResourceMap map)
    {
        var builder = new StringBuilder();
        builder.Append("# Jobs and the resources they use\n\n");
        if (map.Jobs.IsEmpty)
        {
            builder.Append("No job touches a resource the process model knows.\n");
            return builder.ToString();
        }

        builder.Append("R read, W write, RW both. **Contended**: written by two or more jobs, or written by one job and read by another.\n\n");
        for (var index = 0; index < map.Jobs.Length; index++)
        {
            builder.Append("- J").Append(index + 1).Append(": ").Append(MarkdownText.Escape(map.Jobs[index].Title)).Append(" (").Append(MarkdownText.Escape(map.Jobs[index].Framework)).Append(")\n");
        }

        builder.Append("\n| kind | resource | contended |");
        for (var index = 0; index < map.Jobs.Length; index++)
        {
            builder.Append(" J").Append(index + 1).Append(" |");
        }

        builder.Append("\n|---|---|---|").Append(string.Concat(Enumerable.Repeat(":-:|", map.Jobs.Length))).Append('\n');
        foreach (var resource in map.Resources)
        {
            var contended = ResourceWords.Contention(resource);
            var name = MarkdownText.Escape(resource.Name);
            builder.Append("| ").Append(ResourceGroups.Title(resource.Kind)).Append(" | ").Append(contended is null ? name : $"**{name}**").Append(" | ")
                .Append(contended is null ? string.Empty : $"**{contended}**").Append(" |");
            foreach (var job in map.Jobs)
            {
                var edge = map.Edge(job.Id, resource.Key);
                var cell = edge is null ? string.Empty : map.IsContendedWrite(edge) ? $"**{edge.AccessLabel}**" : edge.AccessLabel;
                // SourceLinks percent-encodes parentheses and spaces, so the link cannot end early.
                builder.Append(' ').Append(edge?.Link is { } link ? $"[{cell}]({link})" : cell).Append(" |");
            }

            builder.Append('\n');
        }

        if (map.JobsWithoutResources > 0)
        {
            builder.Append('\n').Append(map.JobsWithoutResources).Append(map.JobsWithoutResources == 1 ? " job touches" : " jobs touch").Append(" no resource the process model knows.\n");
        }

        return builder.ToString();
    }
}
