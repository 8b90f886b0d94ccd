using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>
/// The CI workflow on a copy of the sample: a baseline made from the first run makes the second run clean, and a
/// hazard added afterwards is the one and only new finding.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SampleBaselineTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private readonly TempFolder _folder = new("sample-baseline");

    [Fact]
    public async Task BaselineFromTheFirstRun_SilencesTheSecond_AndANewHazardIsReportedAlone()
    {
        var sample = SampleCopy.Create(_folder.Combine("OpsPlatform"));
        var solution = Path.Combine(sample, "OpsPlatform.sln");
        var baseline = _folder.Combine("introspect-baseline.json");

        var first = await CheckAsync(solution, "--baseline", baseline, "--update-baseline");
        var second = await CheckAsync(solution, "--baseline", baseline);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Empty(CheckOutput.Parse(second.Output));
        Assert.Matches(@"0 findings .*; [1-9]\d* baselined, 0 stale", second.Output);

        var notifier = Path.Combine(sample, "src", "OpsPlatform.Worker", "Snapshots", "SnapshotNotifier.cs");
        var code = await File.ReadAllTextAsync(notifier);
        var classBody = code.IndexOf('{', code.IndexOf("class SnapshotNotifier", StringComparison.Ordinal)) + 1;
        await File.WriteAllTextAsync(
            notifier,
            code.Insert(classBody, "\n    private async void RefreshStatusPage() => await Task.Delay(1);\n"));

        var third = await CheckAsync(solution, "--baseline", baseline);

        Assert.True(third.ExitCode == 1, third.ToString());
        var added = Assert.Single(CheckOutput.Parse(third.Output));
        Assert.Equal("INTR101", added.RuleId);
        Assert.Contains("'RefreshStatusPage'", added.Message, StringComparison.Ordinal);
    }

    private static Task<ProcessResult> CheckAsync(string solution, params string[] options) =>
        ProcessRunner.RunAsync("dotnet", [BuildConfiguration.CliAssembly, "check", solution, .. options], RepositoryPaths.Root, Timeout);

    public void Dispose() => _folder.Dispose();
}
