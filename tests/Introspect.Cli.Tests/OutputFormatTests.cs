using System.Text.Json;
using Introspect.Testing;

namespace Introspect.Cli.Tests;

public sealed class OutputFormatTests : IDisposable
{
    private readonly TempFolder _folder = new("formats");
    private readonly string _project;

    public OutputFormatTests() =>
        _project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncVoidHelper });

    [Fact]
    public async Task ConsoleReport_ShowsTheLineWithACaretUnderTheSpan_AndASummaryTable()
    {
        var result = await CliRun.RunAsync("check", _project);

        var lines = result.Output.Split('\n');
        var excerpt = Array.FindIndex(lines, line => line.Contains("5 |     public async void NotifyCustomer", StringComparison.Ordinal));
        Assert.True(excerpt > 0, result.ToString());
        Assert.Equal(lines[excerpt].IndexOf("NotifyCustomer", StringComparison.Ordinal), lines[excerpt + 1].IndexOf('^'));
        Assert.Contains(new string('^', "NotifyCustomer".Length), lines[excerpt + 1], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains("INTR101", StringComparison.Ordinal) && line.Contains("Return Task from async methods", StringComparison.Ordinal) && line.TrimEnd().EndsWith('0'));
    }

    [Fact]
    public async Task QuietVerbosity_PrintsOnlyTheFindingLines()
    {
        var result = await CliRun.RunAsync("check", _project, "--verbosity", "quiet");

        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Notifier.cs:5:23: warning INTR101", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DetailedVerbosity_PrintsTimingsOnStandardError()
    {
        var result = await CliRun.RunAsync("check", _project, "-v", "detailed");

        Assert.Matches(@"Loaded 1 projects in \d+\.\d s\.", result.Error);
        Assert.Matches(@"Compiled in \d+\.\d s and analysed in \d+\.\d s", result.Error);
    }

    [Fact]
    public async Task GitHubFormat_WritesWorkflowCommands()
    {
        var result = await CliRun.RunAsync("check", _project, "--format", "github");

        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            "::warning file=Notifier.cs,line=5,col=23,endLine=5,endColumn=37,title=INTR101%3A Return Task from async methods that are not event handlers::" +
            "Async method 'NotifyCustomer' returns void: an exception it throws crashes the process and callers cannot await it; return Task instead",
            line);
    }

    [Fact]
    public async Task OnGitHubActions_ConsoleAndWorkflowCommandsAreBothPrinted()
    {
        var result = await CliRun.RunAsync(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", _project);

        Assert.Contains("Notifier.cs:5:23: warning INTR101", result.Output, StringComparison.Ordinal);
        Assert.Contains("::warning file=Notifier.cs,line=5", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzureFormat_WritesLoggingCommands()
    {
        var result = await CliRun.RunAsync("check", _project, "--format", "azure");

        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("##vso[task.logissue type=warning;sourcepath=Notifier.cs;linenumber=5;columnnumber=23;code=INTR101]Async method 'NotifyCustomer'", line, StringComparison.Ordinal);
        Assert.Contains("%3B return Task instead", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonFormat_IsTheOnlyThingOnStandardOutput()
    {
        var result = await CliRun.RunAsync("check", _project, "--format", "json");

        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("INTR101", document.RootElement.GetProperty("findings")[0].GetProperty("ruleId").GetString());
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task SarifAndJsonFiles_AreWrittenNextToTheConsoleReport()
    {
        var sarif = _folder.Combine("out", "introspect.sarif");
        var json = _folder.Combine("out", "introspect.json");

        var result = await CliRun.RunAsync("check", _project, "--sarif", sarif, "--json", json);

        Assert.Contains("warning INTR101", result.Output, StringComparison.Ordinal);
        using var sarifDocument = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.Equal("INTR101", sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
        using var jsonDocument = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal("Notifier.cs", jsonDocument.RootElement.GetProperty("findings")[0].GetProperty("path").GetString());
    }

    [Fact]
    public async Task JsonWithAnotherStandardOutputFormat_IsAUsageError()
    {
        var result = await CliRun.RunAsync("check", _project, "--format", "json", "--format", "console");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--json <file>", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnwritableSarifPath_IsAClearUsageError()
    {
        var blocker = _folder.Write("blocker", "a file, not a folder");

        var result = await CliRun.RunAsync("check", _project, "--sarif", Path.Combine(blocker, "out.sarif"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("error:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
