using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Introspect.Analyzers.Tests.Verifiers;

/// <summary>Checks an analyzer against source with the expected diagnostics marked inline: <c>{|INTR101:M|}</c>.</summary>
internal static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string source)
    {
        var test = new Test { TestCode = source };
        return test.RunAsync();
    }

    internal sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestConfiguration.ReferenceAssemblies;
            TestConfiguration.Apply(TestState);
        }

        protected override CompilationOptions CreateCompilationOptions() =>
            TestConfiguration.WithNullable(base.CreateCompilationOptions());

        protected override ParseOptions CreateParseOptions() =>
            TestConfiguration.WithLatestLanguage(base.CreateParseOptions());
    }
}
