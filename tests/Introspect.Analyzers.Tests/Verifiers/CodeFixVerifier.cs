using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Introspect.Analyzers.Tests.Verifiers;

/// <summary>Checks a code fix: the marked source before, and the code after every fix (and Fix All) is applied.</summary>
internal static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task VerifyAsync(string source, string fixedSource)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        return test.RunAsync();
    }

    internal sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestConfiguration.ReferenceAssemblies;
            TestConfiguration.Apply(TestState);
            TestConfiguration.Apply(FixedState);
        }

        protected override CompilationOptions CreateCompilationOptions() =>
            TestConfiguration.WithNullable(base.CreateCompilationOptions());

        protected override ParseOptions CreateParseOptions() =>
            TestConfiguration.WithLatestLanguage(base.CreateParseOptions());
    }
}
