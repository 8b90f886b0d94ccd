using System.Collections.Concurrent;
using System.Collections.Immutable;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Tests.Conventions;

/// <summary>An analyzer must never throw (AD0001), whatever half-typed code the IDE hands it.</summary>
public sealed class AnalyzerRobustnessTests
{
    public static TheoryData<string, string> HostileSources => new()
    {
        { "empty file", string.Empty },
        { "only trivia", "// nothing here\n#region\n#endregion\n" },
        { "syntax errors everywhere", "class { void M( { async void } ))) ;;; lock ( ) await async async void void ( => }" },
        { "unfinished async void method", "class C { async void M( }" },
        { "unresolved types", "class C : MissingBase { async void M(object s, MissingArgs e) { await Missing(); lock (Unknown) { } } }" },
        { "top-level statements", "await Task.Delay(1);\nasync void Local() => await Task.Yield();\nLocal();" },
        { "async void without a body", "abstract class C { public abstract async void M(); partial void N(); }" },
        { "event handler shape with unresolved args", "class C { async void OnX(object sender, Missing e) { } }" },
        { "deep nesting", "class C { async void M() { " + string.Concat(Enumerable.Repeat("{ ", 500)) + string.Concat(Enumerable.Repeat("} ", 500)) + " } }" },
    };

    [Theory]
    [MemberData(nameof(HostileSources))]
    public async Task EveryAnalyzer_DoesNotThrow(string description, string source)
    {
        var exceptions = new ConcurrentQueue<string>();
        var compilation = CSharpCompilation.Create(
            "Hostile",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Hostile.cs")],
            FrameworkReferences.Net100,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, analyzer, _) => exceptions.Enqueue($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        var diagnostics = await compilation
            .WithAnalyzers(RuleCatalog.Analyzers, options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.True(exceptions.IsEmpty, $"{description}: {string.Join(Environment.NewLine, exceptions)}");
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }
}
