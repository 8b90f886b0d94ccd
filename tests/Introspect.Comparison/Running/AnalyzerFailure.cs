namespace Introspect.Comparison.Running;

/// <summary>An analyzer that threw: its type and the exception, kept so a crash is never mistaken for silence.</summary>
public sealed record AnalyzerFailure(string AnalyzerType, string Exception);
