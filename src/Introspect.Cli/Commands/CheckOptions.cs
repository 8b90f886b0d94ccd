using Introspect.Core.Analysis;

namespace Introspect.Cli.Commands;

/// <summary>What <c>introspect check</c> was asked to do.</summary>
public sealed record CheckOptions(
    string? Path,
    FindingSeverity? FailOn,
    bool Restore,
    IReadOnlyDictionary<string, string> Properties);
