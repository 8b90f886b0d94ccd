using System.Globalization;

namespace Introspect.Diagrams.Resources;

/// <summary>The words every resources emitter uses for a contended resource, so the views say the same thing.</summary>
public static class ResourceWords
{
    public static string? Contention(ResourceNode resource) => resource.Contention switch
    {
        ResourceContention.WriteWrite => $"written by {Count(resource.Writers.Length)} jobs",
        ResourceContention.ReadWrite => $"written by 1 job, read by {Count(resource.Readers.Count(reader => !resource.Writers.Contains(reader)))} other" +
            (resource.Readers.Count(reader => !resource.Writers.Contains(reader)) == 1 ? string.Empty : "s"),
        _ => null,
    };

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
