using Microsoft.CodeAnalysis;

namespace Introspect.Core.Jobs;

/// <summary>A place in the analysed code: the path relative to the solution's folder (forward slashes) and a 1-based line.</summary>
public sealed record SourceLocation(string Path, int Line)
{
    public override string ToString() => $"{Path}:{Line}";

    internal static SourceLocation From(Location location, string rootDirectory)
    {
        var span = location.GetLineSpan();
        return new SourceLocation(Analysis.SourcePaths.Relative(span.Path, rootDirectory), span.StartLinePosition.Line + 1);
    }

    internal static SourceLocation From(SyntaxNode node, string rootDirectory)
    {
        var span = node.GetLocation().GetLineSpan();
        return new SourceLocation(Analysis.SourcePaths.Relative(node.SyntaxTree.FilePath, rootDirectory), span.StartLinePosition.Line + 1);
    }

    internal static SourceLocation From(ISymbol symbol, string rootDirectory) =>
        symbol.Locations.FirstOrDefault(location => location.IsInSource) is { } location
            ? From(location, rootDirectory)
            : new SourceLocation(symbol.ContainingAssembly?.Name ?? "metadata", 0);
}
