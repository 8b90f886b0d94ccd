using Introspect.Core.Analysis;
using Introspect.Core.Loading;
using Introspect.Testing;

namespace Introspect.Core.Tests.Analysis;

public sealed class SolutionAnalyzerTests : IDisposable
{
    private readonly TempFolder _folder = new("analyzer");

    [Fact]
    public async Task AsyncVoidHelper_IsReportedWithItsLocationTitleAndHelpLink()
    {
        var report = await AnalyzeAsync(new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncVoidHelper });

        var finding = Assert.Single(report.Findings);
        Assert.Equal("INTR101", finding.RuleId);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Equal("Ops", finding.ProjectName);
        Assert.Equal(new FindingLocation(_folder.Combine("Ops", "Notifier.cs"), 5, 23, 5, 37), finding.Location);
        Assert.Contains("'NotifyCustomer'", finding.Message, StringComparison.Ordinal);
        Assert.Equal("https://github.com/introspect-dev/introspect/blob/main/docs/rules/INTR101.md", finding.HelpUri);
        Assert.True(report.IsComplete);
    }

    [Fact]
    public async Task CorrectCode_HasNoFindings()
    {
        var report = await AnalyzeAsync(new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncTaskHelper });

        Assert.Empty(report.Findings);
        Assert.Equal(["Ops"], report.AnalysedProjects.ToArray());
    }

    [Fact]
    public async Task EditorConfigSeverity_IsAppliedAsInABuild()
    {
        _folder.Write("Ops/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.INTR101.severity = error\n");

        var report = await AnalyzeAsync(new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncVoidHelper });

        Assert.Equal(FindingSeverity.Error, Assert.Single(report.Findings).Severity);
    }

    [Fact]
    public async Task EditorConfigSeverityNone_TurnsTheRuleOff()
    {
        _folder.Write("Ops/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.INTR101.severity = none\n");

        var report = await AnalyzeAsync(new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncVoidHelper });

        Assert.Empty(report.Findings);
    }

    [Fact]
    public async Task PragmaAndSuppressMessage_SuppressTheFinding()
    {
        const string suppressed = """
            using System.Diagnostics.CodeAnalysis;

            namespace Demo;

            public class Notifier
            {
            #pragma warning disable INTR101 // Plug-in host callback.
                public async void OnLoaded() => await Task.Yield();
            #pragma warning restore INTR101

                [SuppressMessage("Threading", "INTR101", Justification = "Plug-in host callback.")]
                public async void OnUnloaded() => await Task.Yield();

                public async void Reported() => await Task.Yield();
            }
            """;

        var report = await AnalyzeAsync(new Dictionary<string, string> { ["Notifier.cs"] = suppressed });

        Assert.Contains("'Reported'", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_AreOrderedByFileThenPosition()
    {
        var report = await AnalyzeAsync(new Dictionary<string, string>
        {
            ["B.cs"] = "namespace Demo; public class B { public async void Second() => await Task.Yield(); public async void First() => await Task.Yield(); }",
            ["A.cs"] = "namespace Demo; public class A { public async void Only() => await Task.Yield(); }",
        });

        Assert.Equal(
            ["A.cs:1", "B.cs:1", "B.cs:1"],
            report.Findings.Select(finding => $"{Path.GetFileName(finding.Location.FilePath)}:{finding.Location.Line}"));
        Assert.True(report.Findings[1].Location.Column < report.Findings[2].Location.Column);
    }

    [Fact]
    public async Task SqlScriptsInTheProjectFolder_AreAnalysedAsMigrations()
    {
        _folder.Write("Ops/Scripts/0006_drop_usage_legacy_sku.sql", "-- SKUs come from the catalogue now.\nALTER TABLE usage_records DROP COLUMN legacy_sku;\n");
        _folder.Write("Ops/bin/Debug/Scripts/0006_drop_usage_legacy_sku.sql", "ALTER TABLE usage_records DROP COLUMN legacy_sku;\n");
        _folder.Write("Ops/Nested/Nested.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        _folder.Write("Ops/Nested/0001_other_project.sql", "ALTER TABLE usage_records DROP COLUMN unit;\n");

        var report = await AnalyzeAsync(new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncTaskHelper });

        var finding = Assert.Single(report.Findings);
        Assert.Equal("INTR201", finding.RuleId);
        Assert.Equal(new FindingLocation(_folder.Combine("Ops", "Scripts", "0006_drop_usage_legacy_sku.sql"), 2, 1, 2, 49), finding.Location);
        Assert.Equal("ALTER TABLE usage_records DROP COLUMN legacy_sku;", finding.LineText);
        Assert.Null(finding.Symbol);
    }

    private async Task<AnalysisReport> AnalyzeAsync(IReadOnlyDictionary<string, string> sources)
    {
        var project = _folder.WriteProject("Ops", sources);
        using var loaded = await SolutionLoader.LoadAsync(project, new LoadOptions(), CancellationToken.None);
        return await SolutionAnalyzer.AnalyzeAsync(loaded, IntrospectAnalyzers.All, CancellationToken.None);
    }

    public void Dispose() => _folder.Dispose();
}
