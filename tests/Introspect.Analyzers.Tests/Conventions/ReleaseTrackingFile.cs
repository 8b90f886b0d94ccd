using Introspect.Testing;

namespace Introspect.Analyzers.Tests.Conventions;

/// <summary>Reads the rule rows (id | category | severity | notes) of AnalyzerReleases.Shipped.md and Unshipped.md.</summary>
internal static class ReleaseTrackingFile
{
    public static IReadOnlyList<ReleaseEntry> ReadAll() =>
        [.. Read("AnalyzerReleases.Shipped.md"), .. Read("AnalyzerReleases.Unshipped.md")];

    private static IEnumerable<ReleaseEntry> Read(string fileName) =>
        File.ReadLines(RepositoryPaths.Source("Introspect.Analyzers", fileName))
            .Where(line => line.StartsWith("INTR", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => new ReleaseEntry(cells[0], cells[1], cells[2], fileName));
}

internal sealed record ReleaseEntry(string Id, string Category, string Severity, string File);
