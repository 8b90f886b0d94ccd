using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Core.Analysis;

/// <summary>What to analyse: which analyzers and rules, and which of the loaded projects.</summary>
public sealed record AnalysisRequest(ImmutableArray<DiagnosticAnalyzer> Analyzers)
{
    public RuleSelection Rules { get; init; } = RuleSelection.All;

    /// <summary>Project name or file-name patterns (<c>*</c> wildcards); empty means every project.</summary>
    public ImmutableArray<string> Projects { get; init; } = [];

    /// <summary>A git ref: migrations that already existed there have shipped and are reported as notes.</summary>
    public string? ShippedSince { get; init; }

    public bool IncludesProject(Project project) => IncludesProject(project.Name, project.FilePath);

    /// <summary>Also for a project that did not load (known only by the name and path of its load problem).</summary>
    public bool IncludesProject(string name, string? filePath) =>
        Projects.IsEmpty || Projects.Any(pattern =>
            Wildcard.Matches(pattern, name)
            || Wildcard.Matches(pattern, BaseName(name))
            || (filePath is { } path && (Wildcard.Matches(pattern, Path.GetFileName(path)) || Wildcard.Matches(pattern, Path.GetFileNameWithoutExtension(path)))));

    /// <summary>A multi-targeted project loads as "Name(net8.0)"; its base name is "Name".</summary>
    private static string BaseName(string projectName)
    {
        var parenthesis = projectName.IndexOf('(', StringComparison.Ordinal);
        return parenthesis > 0 && projectName.EndsWith(')') ? projectName[..parenthesis] : projectName;
    }
}
