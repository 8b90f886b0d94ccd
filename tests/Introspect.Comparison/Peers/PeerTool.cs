using System.Collections.Immutable;

namespace Introspect.Comparison.Peers;

/// <summary>One peer analyzer package: a short key used in tables ("VSTHRD"), its name, version and analyzer DLLs.</summary>
public sealed record PeerTool(string Key, string Name, string Version, ImmutableArray<string> AnalyzerPaths);
