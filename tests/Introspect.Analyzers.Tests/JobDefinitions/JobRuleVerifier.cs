using Introspect.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Introspect.Analyzers.Tests.JobDefinitions;

/// <summary>
/// Checks a job-definition rule whose diagnostics carry a second location (the registration, or the other
/// definition): the source marks them <c>{|#0:...|}</c>, <c>{|#1:...|}</c>, and each expected diagnostic names its
/// primary and additional markup numbers.
/// </summary>
internal static class JobRuleVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string id, string source, params (int Primary, int? Additional)[] expected)
    {
        var test = new AnalyzerVerifier<TAnalyzer>.Test { TestCode = source };
        foreach (var (primary, additional) in expected)
        {
            var result = new DiagnosticResult(id, DiagnosticSeverity.Warning).WithLocation(primary);
            test.ExpectedDiagnostics.Add(additional is { } second ? result.WithLocation(second) : result);
        }

        return test.RunAsync();
    }

    public static Task VerifyNoneAsync(string source) => VerifyAsync("none", source);
}
