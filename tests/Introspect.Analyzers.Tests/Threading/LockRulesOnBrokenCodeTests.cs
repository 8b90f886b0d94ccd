using System.Collections.Concurrent;
using System.Collections.Immutable;
using Introspect.Analyzers.Threading;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Analyzers.Tests.Threading;

/// <summary>INTR109 and INTR110 on half-typed lock code, as the IDE hands it over while someone types: no AD0001.</summary>
public sealed class LockRulesOnBrokenCodeTests
{
    public static TheoryData<string> BrokenSources => new()
    {
        "class C { System.Threading.SemaphoreSlim _s = new(1, 1); async System.Threading.Tasks.Task M() { await _s.WaitAsync(; _s.Release(); } }",
        "class C { object _g = new(); void M() { System.Threading.Monitor.Enter(); System.Threading.Monitor.Exit(_g, 1); } }",
        "class C { void M() { Missing.Enter(x); lock (y) { System.Threading.Thread.Sleep(); } } }",
        "class C { System.Threading.ReaderWriterLockSlim _l = new(); async void M() { _l.EnterWriteLock(); await; _l.ExitWriteLock() } }",
        "class C { System.Threading.Lock _l = new(); void M() { using (_l.EnterScope( { System.Threading.Thread.Sleep(1); } } }",
        "class C { System.Threading.SemaphoreSlim _s; void M() { _s.Wait(); if (x) { _s.Release(); return; } try { } finally { } } }",
        "class C { object _g; async System.Threading.Tasks.Task M() { System.Threading.Monitor.Enter(_g); try { await Missing(); } finally { System.Threading.Monitor.Exit(_g); } } }",
        "System.Threading.Monitor.Enter(args); await System.Threading.Tasks.Task.Delay(1); System.Threading.Monitor.Exit(args);",
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task LockRules_DoNotThrow(string source)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var compilation = CSharpCompilation.Create(
            "Broken",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            FrameworkReferences.Net100,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        ImmutableArray<DiagnosticAnalyzer> analyzers = [new LockWithoutFinallyReleaseAnalyzer(), new BlockingWhileHoldingLockAnalyzer()];

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Id == "AD0001");
    }
}
