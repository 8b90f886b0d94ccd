using System.Collections.Immutable;
using Introspect.Core.Analysis;
using Introspect.Core.Migrations.JobUse;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Introspect.Core.Tests.Analysis;

/// <summary>
/// A diagnostic computed outside any analyzer (INTR221) gets the build's treatment: project severities, #pragma and
/// [SuppressMessage] apply to it as to any analyzer's diagnostic.
/// </summary>
public sealed class PrecomputedDiagnosticsTests
{
    private const string Source = """
        using System.Diagnostics.CodeAnalysis;

        public class DropA { public void Up() { Drop("A"); } private void Drop(string name) { } }

        public class DropB
        {
        #pragma warning disable INTR221 // The worker is stopped during the deploy.
            public void Up() { Drop("B"); }
        #pragma warning restore INTR221
            private void Drop(string name) { }
        }

        [SuppressMessage("Migrations", "INTR221", Justification = "Single deployable.")]
        public class DropC { public void Up() { Drop("C"); } private void Drop(string name) { } }
        """;

    [Fact]
    public async Task PragmaAndSuppressMessage_SuppressIt_AndTheRestIsReportedAsAWarning()
    {
        var compilation = Compile(ReportDiagnostic.Default);

        var reported = await ReportAtEachDropAsync(compilation);

        var kept = Assert.Single(reported, diagnostic => !diagnostic.IsSuppressed);
        Assert.Equal(DiagnosticSeverity.Warning, kept.Severity);
        Assert.Contains("Drop(\"A\")", kept.Location.SourceTree!.GetText().ToString(kept.Location.SourceSpan), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectSeverity_IsApplied()
    {
        var asError = await ReportAtEachDropAsync(Compile(ReportDiagnostic.Error));
        var turnedOff = await ReportAtEachDropAsync(Compile(ReportDiagnostic.Suppress));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(asError, diagnostic => !diagnostic.IsSuppressed).Severity);
        Assert.DoesNotContain(turnedOff, diagnostic => !diagnostic.IsSuppressed);
    }

    private static CSharpCompilation Compile(ReportDiagnostic severity) => CSharpCompilation.Create(
        "Migrations",
        [CSharpSyntaxTree.ParseText(Source, path: "/repo/Migrations.cs")],
        Introspect.Testing.FrameworkReferences.Net100,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithSpecificDiagnosticOptions([new KeyValuePair<string, ReportDiagnostic>("INTR221", severity)]));

    private static async Task<ImmutableArray<Diagnostic>> ReportAtEachDropAsync(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        var text = tree.GetText().ToString();
        var diagnostics = new[] { "Drop(\"A\")", "Drop(\"B\")", "Drop(\"C\")" }
            .Select(call => Location.Create(tree, new Microsoft.CodeAnalysis.Text.TextSpan(text.IndexOf(call, StringComparison.Ordinal), call.Length)))
            .Select(location => Diagnostic.Create(DroppedWhileJobUsesIt.Rule, location, "M", "drops table T", "job 'J' reads T", "drain it"))
            .ToImmutableArray();

        return await PrecomputedDiagnostics.ReportAsync(compilation, new AnalyzerOptions([]), diagnostics, CancellationToken.None);
    }
}
