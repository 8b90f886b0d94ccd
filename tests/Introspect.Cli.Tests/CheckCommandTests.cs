using Introspect.Testing;

namespace Introspect.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("cli");

    [Fact]
    public async Task Finding_IsPrintedAsFileLineColumnWithASummary_AndExitsOne()
    {
        var project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncVoidHelper });

        var result = await CliRun.RunAsync("check", project);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("Notifier.cs:5:23: warning INTR101: Async method 'NotifyCustomer' returns void", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("[Ops]", lines[0], StringComparison.Ordinal);
        Assert.Equal("1 finding (0 errors, 1 warnings, 0 notes) in 1 project", lines[^1]);
    }

    [Fact]
    public async Task CleanProject_ExitsZero()
    {
        var project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncTaskHelper });

        var result = await CliRun.RunAsync("check", project);

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("0 findings (0 errors, 0 warnings, 0 notes) in 1 project", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("none", 0)]
    [InlineData("warning", 1)]
    [InlineData("note", 1)]
    public async Task FailOn_SetsTheThresholdForExitCodeOne(string failOn, int expectedExitCode)
    {
        var project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncVoidHelper });

        var result = await CliRun.RunAsync("check", project, "--fail-on", failOn);

        Assert.Equal(expectedExitCode, result.ExitCode);
        Assert.Contains("INTR101", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderInput_FindsTheSolutionInIt()
    {
        _folder.WriteProject("Ops", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncVoidHelper });
        _folder.Write("Ops.sln", ClassicSolution.With(("Ops", "Ops/Ops.csproj")));

        var result = await CliRun.RunAsync("check", _folder.Path);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("Ops/Notifier.cs:5:23: warning INTR101", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectThatFailsToLoad_IsNamedWithItsReason_TheRestIsAnalysed_AndExitsThree()
    {
        _folder.WriteProject("Good", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncVoidHelper });
        _folder.Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");
        _folder.Write("Ops.sln", ClassicSolution.With(("Good", "Good/Good.csproj"), ("Broken", "Broken/Broken.csproj")));

        var result = await CliRun.RunAsync("check", _folder.Combine("Ops.sln"));

        Assert.Equal(ExitCodes.LoadFailure, result.ExitCode);
        Assert.Contains("error: project Broken was not analysed: The project file could not be loaded.", result.Error, StringComparison.Ordinal);
        Assert.Contains("Good/Notifier.cs:5:23: warning INTR101", result.Output, StringComparison.Ordinal);
        Assert.Contains("in 1 project; 1 project not analysed", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnloadableSolution_ExitsThree()
    {
        var solution = _folder.Write("Ops.slnx", "not xml at all");

        var result = await CliRun.RunAsync("check", solution);

        Assert.Equal(ExitCodes.LoadFailure, result.ExitCode);
        Assert.Contains("Could not load", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
