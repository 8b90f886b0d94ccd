using Introspect.Core.Baselines;
using Introspect.Testing;

namespace Introspect.Core.Tests.Baselines;

public sealed class BaselineTests : IDisposable
{
    private readonly TempFolder _folder = new("baseline");

    [Fact]
    public void SavedBaseline_LoadsBackTheSameEntries_InAStableOrder()
    {
        var report = ReportFixtures.Report([
            ReportFixtures.Finding(path: "/repo/src/B.cs"),
            ReportFixtures.Finding(path: "/repo/src/A.cs"),
        ]);
        var path = _folder.Combine("introspect-baseline.json");

        Baseline.From(report.Findings, report.SourceRoot).Save(path);
        var loaded = Baseline.Load(path);

        Assert.Equal(["src/A.cs", "src/B.cs"], loaded.Entries.Select(entry => entry.Path));
        Assert.Equal(report.Findings.Select(finding => finding.Fingerprint).Order(), loaded.Entries.Select(entry => entry.Fingerprint).Order());
        var text = File.ReadAllText(path);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SavingTheSameFindingsTwice_GivesIdenticalFiles()
    {
        var report = ReportFixtures.Report([ReportFixtures.Finding(path: "/repo/src/B.cs"), ReportFixtures.Finding(path: "/repo/src/A.cs")]);

        Baseline.From(report.Findings, report.SourceRoot).Save(_folder.Combine("first.json"));
        Baseline.From(report.Findings.Reverse(), report.SourceRoot).Save(_folder.Combine("second.json"));

        Assert.Equal(File.ReadAllBytes(_folder.Combine("first.json")), File.ReadAllBytes(_folder.Combine("second.json")));
    }

    [Fact]
    public void Compare_SplitsNewFromBaselined_AndCountsStaleEntries()
    {
        var old = ReportFixtures.Report([ReportFixtures.Finding(symbol: "Ops.A.Kept"), ReportFixtures.Finding(symbol: "Ops.A.Fixed")]);
        var baseline = Baseline.From(old.Findings, old.SourceRoot);
        var current = ReportFixtures.Report([ReportFixtures.Finding(symbol: "Ops.A.Kept", line: 99), ReportFixtures.Finding(symbol: "Ops.A.Added")]);

        var comparison = baseline.Compare(current.Findings);

        Assert.Equal(["Ops.A.Added"], comparison.New.Select(finding => finding.Symbol));
        Assert.Equal(["Ops.A.Kept"], comparison.Baselined.Select(finding => finding.Symbol));
        Assert.Equal(["Ops.A.Fixed"], comparison.Stale.Select(entry => entry.Symbol));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"version\": 7, \"findings\": []}")]
    [InlineData("{\"version\": 1}")]
    [InlineData("{\"version\": 1, \"findings\": [{\"ruleId\": \"INTR101\", \"path\": \"a.cs\", \"message\": \"m\"}]}")]
    public void MalformedFile_IsAClearError(string content)
    {
        var path = _folder.Write("bad.json", content);

        var error = Assert.Throws<BaselineException>(() => Baseline.Load(path));
        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
