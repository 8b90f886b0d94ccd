using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Introspect.Comparison.Peers;

/// <summary>
/// Finds the peers' analyzer DLLs. The build writes where NuGet restored each package (and where the SDK keeps its
/// CA analyzers) into this assembly's metadata, so nothing here guesses at a cache path.
/// </summary>
public static class PeerPackageLocations
{
    public const string VisualStudioThreading = "VSTHRD";
    public const string Meziantou = "MA";
    public const string AsyncFixer = "AsyncFixer";
    public const string Sonar = "Sonar";
    public const string NetAnalyzers = "CA";

    /// <summary>Every peer, in the order the tables show them.</summary>
    public static ImmutableArray<PeerTool> All { get; } =
    [
        Tool(VisualStudioThreading, "Microsoft.VisualStudio.Threading.Analyzers",
            "analyzers/cs/Microsoft.VisualStudio.Threading.Analyzers.dll",
            "analyzers/cs/Microsoft.VisualStudio.Threading.Analyzers.CSharp.dll"),
        Tool(Meziantou, "Meziantou.Analyzer", MeziantouAnalyzerPath()),
        Tool(AsyncFixer, "AsyncFixer", "analyzers/dotnet/cs/AsyncFixer.dll"),
        Tool(Sonar, "SonarAnalyzer.CSharp", "analyzers/SonarAnalyzer.CSharp.dll"),
        Tool(NetAnalyzers, "Microsoft.CodeAnalysis.NetAnalyzers",
            "Microsoft.CodeAnalysis.NetAnalyzers.dll",
            "Microsoft.CodeAnalysis.CSharp.NetAnalyzers.dll"),
    ];

    /// <summary>The .NET SDK that built this assembly, whose CA analyzers are the ones loaded.</summary>
    public static string SdkVersion => TryMetadata("DotNetSdkVersion") ?? "unknown";

    private static PeerTool Tool(string key, string name, params string[] relativePaths)
    {
        var root = Metadata($"PeerPackage:{key}");
        var version = TryMetadata($"PeerPackage:{key}:Version") ?? Path.GetFileName(root.TrimEnd('/', '\\'));
        return new PeerTool(key, name, version, [.. relativePaths.Select(path => Path.GetFullPath(Path.Combine(root, path)))]);
    }

    /// <summary>Meziantou ships one build per Roslyn version; take the newest the running Roslyn can load.</summary>
    private static string MeziantouAnalyzerPath()
    {
        var root = Path.Combine(Metadata($"PeerPackage:{Meziantou}"), "analyzers", "dotnet");
        var roslyn = typeof(Compilation).Assembly.GetName().Version ?? new Version(0, 0);
        var best = Directory.EnumerateDirectories(root, "roslyn*")
            .Select(folder => (Folder: folder, Version: ParseRoslynFolder(Path.GetFileName(folder))))
            .Where(candidate => candidate.Version is not null && candidate.Version <= roslyn)
            .OrderByDescending(candidate => candidate.Version)
            .Select(candidate => candidate.Folder)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"No Meziantou.Analyzer build under {root} loads in Roslyn {roslyn}.");
        return Path.Combine(best, "cs", "Meziantou.Analyzer.dll");
    }

    private static Version? ParseRoslynFolder(string name) =>
        Version.TryParse(name["roslyn".Length..], out var version) ? version : null;

    private static string Metadata(string key) =>
        TryMetadata(key) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The build did not record '{key}'; restore the solution."));

    private static string? TryMetadata(string key) =>
        typeof(PeerPackageLocations).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == key)?.Value;
}
