using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Comparison.Running;

/// <summary>What a run reported, which analyzers threw, and (when measured) each analyzer's execution time.</summary>
public sealed record AnalyzerRunResult(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<AnalyzerFailure> Failures,
    ImmutableDictionary<DiagnosticAnalyzer, TimeSpan> ExecutionTimes);
