namespace Introspect.Comparison.MigrationLinters;

/// <summary>
/// A migration linter Introspect's migration rules are compared with: the name shown as a table column, where it runs,
/// and what was read to fill its column (files, versions, commits).
/// </summary>
public sealed record MigrationLinterTool(string Name, string Ecosystem, bool IsDotNet, string SourceRead);
