using System.Collections.Immutable;
using Introspect.Core.Analysis;

namespace Introspect.Cli.Commands;

/// <summary>What <c>introspect check</c> was asked to do.</summary>
public sealed record CheckOptions
{
    public string? Path { get; init; }

    /// <summary>The lowest severity that fails the run; null for <c>--fail-on none</c>.</summary>
    public FindingSeverity? FailOn { get; init; } = FindingSeverity.Warning;

    public bool Restore { get; init; } = true;

    public IReadOnlyDictionary<string, string> Properties { get; init; } = ImmutableDictionary<string, string>.Empty;

    public ImmutableArray<string> Projects { get; init; } = [];

    public ImmutableArray<string> Rules { get; init; } = [];

    public ImmutableArray<string> ExcludeRules { get; init; } = [];

    /// <summary>What goes to standard output; empty means the default (console, plus GitHub annotations on GitHub Actions).</summary>
    public ImmutableArray<OutputFormat> Formats { get; init; } = [];

    public string? SarifPath { get; init; }

    public string? JsonPath { get; init; }

    public string? BaselinePath { get; init; }

    public bool UpdateBaseline { get; init; }

    /// <summary>A git ref; migrations that existed there have shipped and are reported as notes.</summary>
    public string? Since { get; init; }

    public Verbosity Verbosity { get; init; } = Verbosity.Normal;

    internal SolutionRunOptions ToRunOptions() => new()
    {
        Path = Path,
        Properties = Properties,
        Restore = Restore,
        Projects = Projects,
        Rules = Rules,
        ExcludeRules = ExcludeRules,
        Since = Since,
        Verbosity = Verbosity,
    };
}

public enum OutputFormat
{
    Console,
    Json,
    Sarif,
    GitHub,
    Azure,
}

public enum Verbosity
{
    Quiet,
    Minimal,
    Normal,
    Detailed,
    Diagnostic,
}
