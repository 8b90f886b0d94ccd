using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Process;

namespace Introspect.Diagrams;

/// <summary>Links for what the catalog locates relative to its source root (a job's definition, a trigger's call).</summary>
public static class SourceLinkOf
{
    public static string? Job(Job job, JobCatalog catalog, Func<SourcePosition, string?> link) => Location(job.Location, catalog, link);

    public static string? Location(SourceLocation? location, JobCatalog catalog, Func<SourcePosition, string?> link) =>
        location is null || location.Line <= 0 ? null : link(new SourcePosition(Path.Combine(catalog.SourceRoot, location.Path), location.Line, 1));
}
