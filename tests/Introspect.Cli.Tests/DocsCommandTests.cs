using System.Text.Json;
using Introspect.Cli.Output;
using Introspect.Testing;

namespace Introspect.Cli.Tests;

public sealed class DocsCommandTests : IDisposable
{
    private const string Packages =
        "</PropertyGroup><ItemGroup><PackageReference Include=\"Hangfire.Core\" Version=\"1.8.25\" /></ItemGroup><PropertyGroup>";

    private const string Jobs = """
        using Hangfire;

        namespace Ops;

        public sealed class Scheduler
        {
            public async void Run(IBackgroundJobClient jobs)
            {
                await System.Threading.Tasks.Task.Yield();
                jobs.Enqueue<Snapshot>(job => job.Take("web-1"));
            }
        }

        public sealed class Snapshot
        {
            public async System.Threading.Tasks.Task Take(string server)
            {
                await System.Threading.Tasks.Task.Yield();
                System.Threading.Thread.Sleep(1000);
            }
        }

        public static class Setup
        {
            public static void Register() =>
                RecurringJob.AddOrUpdate<Scheduler>("nightly", job => job.Run(null!), "30 2 * * *");
        }
        """;

    private readonly TempFolder _folder = new("docs-command");

    [Fact]
    public async Task Project_BuildsTheSite_WithTheFindingsCheckReports_AndRebuildsNothingTheSecondTime()
    {
        var project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Jobs.cs"] = Jobs }, Packages);
        var site = _folder.Combine("site");

        var first = await CliRun.RunAsync("docs", project, "-o", site, "--date", "2026-03-01", "--zone", "Europe/Berlin", "--title", "Ops jobs", "--base-url", "https://ops.example.com/docs", "--source-link", "https://git.example.com/ops/blob/main");
        var check = await CliRun.RunAsync("check", project, "--format", "json");

        Assert.True(first.ExitCode == ExitCodes.Clean, first.ToString());
        Assert.Contains("index.html in a browser", first.Output, StringComparison.Ordinal);
        foreach (var file in new[] { "index.html", "index.md", "jobs/index.html", "findings.html", "migrations.html", "resources.html", "search.html", "rules/INTR101.html", "assets/site.css", "sitemap.xml" })
        {
            Assert.True(File.Exists(Path.Combine(site, file)), file);
        }

        using var report = JsonDocument.Parse(check.Output);
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "assets", "search-index.json")));
        var checkRules = report.RootElement.GetProperty("findings").EnumerateArray().Select(finding => finding.GetProperty("ruleId").GetString()!).Order(StringComparer.Ordinal).ToList();
        var siteRules = index.RootElement.EnumerateArray().Where(entry => entry.GetProperty("type").GetString() == "finding")
            .Select(entry => entry.GetProperty("title").GetString()!.Split(' ')[0]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["INTR101", "INTR104"], checkRules.Distinct());
        Assert.Equal(checkRules, siteRules);

        var job = File.ReadAllText(Path.Combine(site, "jobs", "ops-scheduler-run.md"));
        Assert.Contains("[Jobs.cs:7](https://git.example.com/ops/blob/main/Jobs.cs#L7)", job, StringComparison.Ordinal);
        Assert.Contains("- 2026-03-01 02:30 UTC \\(2026-03-01 03:30 Europe/Berlin\\)", job, StringComparison.Ordinal);
        Assert.Contains("<title>Ops jobs</title>", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://ops.example.com/docs/jobs/index.html\">", File.ReadAllText(Path.Combine(site, "jobs", "index.html")), StringComparison.Ordinal);

        var second = await CliRun.RunAsync("docs", project, "-o", site, "--date", "2026-03-01", "--zone", "Europe/Berlin", "--title", "Ops jobs", "--base-url", "https://ops.example.com/docs", "--source-link", "https://git.example.com/ops/blob/main");
        Assert.True(second.ExitCode == ExitCodes.Clean, second.ToString());
        Assert.Contains("Wrote 0 files", second.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--zone", "Mars/Olympus", "--zone 'Mars/Olympus' is not a time zone")]
    [InlineData("--date", "01/03/2026", "--date '01/03/2026' is not a day such as 2026-03-01")]
    [InlineData("--base-url", "ftp://x/", "--base-url 'ftp://x/' is not an http or https URL")]
    [InlineData("--source-link", "github.com/org/repo", "--source-link 'github.com/org/repo' is not an http or https URL")]
    [InlineData("--plantuml-server", "ftp://x", "--plantuml-server 'ftp://x' is not an http or https URL")]
    public async Task BadOption_IsAUsageErrorBeforeAnythingLoads(string option, string value, string message)
    {
        var result = await CliRun.RunAsync("docs", _folder.Combine("missing.sln"), option, value);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputThatIsAFile_AndAMissingInput_AreUsageErrors()
    {
        var file = _folder.Write("taken.txt", "not a folder");

        var onFile = await CliRun.RunAsync("docs", _folder.Combine("missing.sln"), "-o", file);
        var missing = await CliRun.RunAsync("docs", _folder.Combine("missing.sln"), "-o", _folder.Combine("site"));

        Assert.Equal(ExitCodes.UsageError, onFile.ExitCode);
        Assert.Contains("is a file; give a folder for the site", onFile.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.False(Directory.Exists(_folder.Combine("site")));
    }

    public void Dispose() => _folder.Dispose();
}
