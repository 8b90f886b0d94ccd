using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Comparison.Peers;

/// <summary>The analyzers of one tool (Introspect or a peer), with the ids they can report.</summary>
public sealed class AnalyzerSet
{
    public AnalyzerSet(string key, string name, string version, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Key = key;
        Name = name;
        Version = version;
        Analyzers = analyzers;
        SupportedDescriptors =
        [
            .. analyzers.SelectMany(analyzer => SafeSupportedDiagnostics(analyzer))
                .DistinctBy(descriptor => descriptor.Id)
                .OrderBy(descriptor => descriptor.Id, StringComparer.Ordinal),
        ];
    }

    /// <summary>Short name used as a table column: "Introspect", "VSTHRD", "MA", "AsyncFixer", "Sonar", "CA".</summary>
    public string Key { get; }

    public string Name { get; }

    public string Version { get; }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public ImmutableArray<DiagnosticDescriptor> SupportedDescriptors { get; }

    /// <summary>Only the analyzers that can report one of <paramref name="ids"/>; the rest never run.</summary>
    public AnalyzerSet Reporting(IReadOnlySet<string> ids) =>
        new(Key, Name, Version, [.. Analyzers.Where(analyzer => SafeSupportedDiagnostics(analyzer).Any(descriptor => ids.Contains(descriptor.Id)))]);

    /// <summary>The ids an analyzer reports; an analyzer whose descriptor list throws reports nothing we can use.</summary>
    public static ImmutableArray<DiagnosticDescriptor> SafeSupportedDiagnostics(DiagnosticAnalyzer analyzer)
    {
        try
        {
            return analyzer.SupportedDiagnostics;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return [];
        }
    }

    public override string ToString() => $"{Key} ({Name} {Version}, {Analyzers.Length} analyzers)";
}
