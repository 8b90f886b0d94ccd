using System.Text.Json;
using Introspect.Core.Loading;
using Introspect.Core.Sarif;
using Introspect.Testing;

namespace Introspect.Core.Tests.Sarif;

public sealed class SarifWriterTests
{
    private static readonly Core.Analysis.AnalysisReport Report = ReportFixtures.Report(
        [ReportFixtures.Finding(), ReportFixtures.Finding(path: "/repo/src/Api/Program.cs", line: 3, symbol: "Program.<Main>$")],
        new ProjectLoadProblem("Ops.Legacy", "/repo/src/Legacy/Ops.Legacy.csproj", "The project file could not be loaded.", IsFatal: true));

    [SkippableFact]
    public async Task Output_IsValidAgainstTheOfficialSarifSchema()
    {
        Skip.IfNot(SarifSchema.IsAvailable, SarifSchema.MissingMessage);

        var errors = await SarifSchema.ValidateAsync(SarifWriter.Write(Report, Report.Findings, "1.2.3+abc"));

        Assert.Empty(errors);
    }

    [Fact]
    public void Output_MatchesTheApprovedSnapshot() =>
        Snapshot.Verify(SarifWriter.Write(Report, Report.Findings, "1.2.3+abc"), "report", "sarif");

    [Fact]
    public void Results_HaveRelativeEscapedUrisAgainstTheSourceRoot_AndFingerprints()
    {
        using var document = JsonDocument.Parse(SarifWriter.Write(Report, Report.Findings, "1.2.3"));
        var run = document.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results")[0];
        var artifact = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");

        Assert.Equal("src/Ops%20Worker/Notifier.cs", artifact.GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
        Assert.Equal("file:///repo/", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        Assert.Equal(Report.Findings[0].Fingerprint, result.GetProperty("partialFingerprints").GetProperty("introspect/v1").GetString());
        Assert.Equal(0, result.GetProperty("ruleIndex").GetInt32());
    }

    [Fact]
    public void Rules_CarryHelpLinksAndDefaultLevels()
    {
        using var document = JsonDocument.Parse(SarifWriter.Write(Report, Report.Findings, "1.2.3+abc"));
        var driver = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var rule = driver.GetProperty("rules")[0];

        Assert.Equal("1.2.3", driver.GetProperty("semanticVersion").GetString());
        Assert.Equal("INTR101", rule.GetProperty("id").GetString());
        Assert.Equal(ReportFixtures.AsyncVoidRule.HelpUri, rule.GetProperty("helpUri").GetString());
        Assert.Equal("warning", rule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void ProjectThatDidNotLoad_MakesTheInvocationUnsuccessful_WithANotification()
    {
        using var document = JsonDocument.Parse(SarifWriter.Write(Report, Report.Findings, "1.2.3"));
        var invocation = document.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];

        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = invocation.GetProperty("toolExecutionNotifications")[0];
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Contains("Ops.Legacy", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SameReport_GivesByteIdenticalOutput() =>
        Assert.Equal(SarifWriter.Write(Report, Report.Findings, "1.2.3"), SarifWriter.Write(Report, [.. Report.Findings], "1.2.3"));
}
