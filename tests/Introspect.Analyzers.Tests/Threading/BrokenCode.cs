using System.Collections.Concurrent;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>Runs one analyzer on code that does not compile, the way the IDE does while someone is typing.</summary>
internal static class BrokenCode
{
    public static Task AssertNoAnalyzerExceptionAsync(DiagnosticAnalyzer analyzer, string source) =>
        AssertNoAnalyzerExceptionAsync(analyzer, source, FrameworkReferences.Net100);

    /// <summary>The same, compiled against the job frameworks too, so that rules about job code get past their first check.</summary>
    public static Task AssertNoAnalyzerExceptionWithFrameworksAsync(DiagnosticAnalyzer analyzer, string source) =>
        AssertNoAnalyzerExceptionAsync(analyzer, source, FrameworkReferences.All);

    private static async Task AssertNoAnalyzerExceptionAsync(DiagnosticAnalyzer analyzer, string source, IEnumerable<MetadataReference> references)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Broken.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Contains(compilation.GetDiagnostics(), diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([analyzer], options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }
}
