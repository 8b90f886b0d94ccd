using System.Text.Json;
using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>
/// INTR221 on the sample: the migrations are in OpsPlatform.Domain, the jobs in OpsPlatform.Worker, and <c>check</c>
/// joins them. The rule is configured like any other: a severity in .editorconfig and <c>--exclude-rules</c> turn it off.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SampleJobUseTests(SampleCheckRun run) : IDisposable
{
    private const string DropColumnMigration = "src/OpsPlatform.Domain/Migrations/20260421103307_DropServerLegacyRackCode.cs";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private readonly TempFolder _folder = new("sample-job-use");

    [Fact]
    public void DroppedColumn_NamesTheJobsThatStillReadItsTable()
    {
        var finding = Assert.Single(run.Findings, finding => finding.RuleId == "INTR221" && finding.File == DropColumnMigration);

        Assert.StartsWith("Migration 'DropServerLegacyRackCode' drops column Servers.LegacyRackCode while 4 jobs use Servers: ", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Hangfire job 'Nightly snapshot scheduler' (recurring, at 02:30 every day (Europe/Berlin)", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("drain and redeploy these jobs before this migration runs", finding.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Twins => [.. SampleReadme.Load().Table("Migrations and jobs").Select(cells => cells[1])];

    [Theory]
    [MemberData(nameof(Twins))]
    public void DropOrRenameThatNoJobUses_IsNotReported(string file)
    {
        Assert.Contains(run.Findings, finding => finding.File == file && finding.RuleId.StartsWith("INTR20", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Findings, finding => finding.File == file && finding.RuleId == "INTR221");
    }

    [Fact]
    public void Sarif_DescribesTheRule()
    {
        using var sarif = JsonDocument.Parse(run.Sarif);
        var rule = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(candidate => candidate.GetProperty("id").GetString() == "INTR221");

        Assert.Equal("https://github.com/introspect-dev/introspect/blob/main/docs/rules/INTR221.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal("Drain and redeploy a job before dropping or renaming what it uses", rule.GetProperty("shortDescription").GetProperty("text").GetString());
    }

    [Fact]
    public async Task SeverityNoneInTheEditorConfig_TurnsTheRuleOff()
    {
        var sample = SampleCopy.Create(_folder.Combine("OpsPlatform"));
        var editorConfig = Path.Combine(sample, ".editorconfig");
        await File.AppendAllTextAsync(editorConfig, "\n[*.cs]\ndotnet_diagnostic.INTR221.severity = none\n");

        var result = await CheckAsync(Path.Combine(sample, "OpsPlatform.sln"), "--rules", "INTR2*");
        var findings = CheckOutput.Parse(result.Output);

        Assert.DoesNotContain(findings, finding => finding.RuleId == "INTR221");
        Assert.Contains(findings, finding => finding.RuleId == "INTR201" && finding.File == DropColumnMigration);
    }

    [Fact]
    public async Task ExcludedRule_IsNotReported()
    {
        var result = await CheckAsync(RepositoryPaths.SampleSolution, "--rules", "INTR201,INTR221", "--exclude-rules", "INTR221");
        var findings = CheckOutput.Parse(result.Output);

        Assert.DoesNotContain(findings, finding => finding.RuleId == "INTR221");
        Assert.Contains(findings, finding => finding.RuleId == "INTR201" && finding.File == DropColumnMigration);
    }

    private static Task<ProcessResult> CheckAsync(string solution, params string[] options) =>
        ProcessRunner.RunAsync("dotnet", [BuildConfiguration.CliAssembly, "check", solution, .. options], RepositoryPaths.Root, Timeout);

    public void Dispose() => _folder.Dispose();
}
