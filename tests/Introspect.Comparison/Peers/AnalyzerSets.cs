using System.Collections.Immutable;
using System.Reflection;
using Introspect.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Comparison.Peers;

/// <summary>Builds the analyzer sets: Introspect's from its assembly, each peer's from its package DLLs.</summary>
public static class AnalyzerSets
{
    public const string IntrospectKey = "Introspect";

    private static readonly Lazy<ImmutableArray<AnalyzerSet>> s_peers = new(() => [.. PeerPackageLocations.All.Select(Load)]);

    /// <summary>Every DiagnosticAnalyzer in Introspect.Analyzers, whichever rules exist today.</summary>
    public static AnalyzerSet Introspect()
    {
        var assembly = typeof(DiagnosticIds).Assembly;
        ImmutableArray<DiagnosticAnalyzer> analyzers =
        [
            .. assembly.GetTypes()
                .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
                .Where(type => type.GetCustomAttribute<DiagnosticAnalyzerAttribute>()?.Languages.Contains(LanguageNames.CSharp) == true)
                .OrderBy(type => type.FullName, StringComparer.Ordinal)
                .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!),
        ];
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "dev";
        return new AnalyzerSet(IntrospectKey, "Introspect.Analyzers", version, analyzers);
    }

    /// <summary>The peers, loaded once per process (each into its own load context).</summary>
    public static ImmutableArray<AnalyzerSet> Peers => s_peers.Value;

    public static AnalyzerSet Peer(string key) => Peers.Single(set => set.Key == key);

    private static AnalyzerSet Load(PeerTool tool)
    {
        var loader = new IsolatedAnalyzerLoader($"peer-{tool.Key}");
        foreach (var path in tool.AnalyzerPaths)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{tool.Name} {tool.Version}: analyzer DLL missing; restore the solution.", path);
            }

            loader.AddDependencyLocation(path);
        }

        var failures = new List<string>();
        var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
        foreach (var path in tool.AnalyzerPaths)
        {
            var reference = new AnalyzerFileReference(path, loader);
            reference.AnalyzerLoadFailed += (_, failure) => failures.Add($"{Path.GetFileName(path)}: {failure.TypeName} {failure.Message}");
            analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
        }

        if (failures.Count > 0)
        {
            throw new InvalidOperationException($"{tool.Name} {tool.Version} failed to load:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        }

        ImmutableArray<DiagnosticAnalyzer> ordered = [.. analyzers.OrderBy(analyzer => analyzer.GetType().FullName, StringComparer.Ordinal)];
        return new AnalyzerSet(tool.Key, tool.Name, tool.Version, ordered);
    }
}
