using System.Text.Json;
using Introspect.Core.Reporting;
using Introspect.Testing;

namespace Introspect.Core.Tests.Reporting;

public sealed class JsonReportWriterTests
{
    private static readonly Core.Analysis.AnalysisReport Report = ReportFixtures.Report([ReportFixtures.Finding()]);

    [Fact]
    public void Output_MatchesTheApprovedSnapshot() =>
        Snapshot.Verify(JsonReportWriter.Write(Report, Report.Findings, "1.2.3"), "report", "json");

    [Fact]
    public void Finding_HasRelativePathSeverityAndFingerprint()
    {
        using var document = JsonDocument.Parse(JsonReportWriter.Write(Report, Report.Findings, "1.2.3"));
        var finding = document.RootElement.GetProperty("findings")[0];

        Assert.Equal(1, document.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("src/Ops Worker/Notifier.cs", finding.GetProperty("path").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal(Report.Findings[0].Fingerprint, finding.GetProperty("fingerprint").GetString());
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
    }
}
