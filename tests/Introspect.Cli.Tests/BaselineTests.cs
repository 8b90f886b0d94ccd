using Introspect.Testing;

namespace Introspect.Cli.Tests;

public sealed class BaselineTests : IDisposable
{
    private const string TwoHelpers = """
        namespace Demo;

        public class SnapshotNotifier
        {
            public async void NotifyCustomer(string email) => await Task.Delay(10);

            public async void NotifyStaff(string email) => await Task.Delay(10);
        }
        """;

    private readonly TempFolder _folder = new("cli-baseline");
    private readonly string _project;
    private readonly string _baseline;

    public BaselineTests()
    {
        _project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Notifier.cs"] = TwoHelpers });
        _baseline = _folder.Combine("introspect-baseline.json");
    }

    [Fact]
    public async Task SecondRunAgainstTheBaseline_ReportsNothingNew_AndExitsZero()
    {
        var update = await CliRun.RunAsync("check", _project, "--baseline", _baseline, "--update-baseline");
        var check = await CliRun.RunAsync("check", _project, "--baseline", _baseline);

        Assert.Equal(ExitCodes.Clean, update.ExitCode);
        Assert.Contains("2 findings (2 added, 0 stale removed)", update.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Clean, check.ExitCode);
        Assert.Contains("0 findings (0 errors, 0 warnings, 0 notes) in 1 project; 2 baselined, 0 stale baseline entries", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewHazardAboveBaselinedOnes_IsTheOnlyNewFinding()
    {
        await CliRun.RunAsync("check", _project, "--baseline", _baseline, "--update-baseline");
        _folder.Write("Ops/Notifier.cs", TwoHelpers.Replace(
            "public class SnapshotNotifier\n{\n",
            "public class SnapshotNotifier\n{\n    public async void NotifyBilling(string email) => await Task.Delay(10);\n\n",
            StringComparison.Ordinal));

        var check = await CliRun.RunAsync("check", _project, "--baseline", _baseline, "-v", "minimal");

        Assert.Equal(ExitCodes.Findings, check.ExitCode);
        var finding = Assert.Single(check.Output.Split('\n'), line => line.Contains("INTR101", StringComparison.Ordinal));
        Assert.Contains("'NotifyBilling'", finding, StringComparison.Ordinal);
        Assert.Contains("2 baselined", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixedFinding_IsCountedAsStale_AndPrunedByUpdate()
    {
        await CliRun.RunAsync("check", _project, "--baseline", _baseline, "--update-baseline");
        _folder.Write("Ops/Notifier.cs", TwoHelpers.Replace("public async void NotifyStaff", "public async Task NotifyStaff", StringComparison.Ordinal));

        var check = await CliRun.RunAsync("check", _project, "--baseline", _baseline);
        var prune = await CliRun.RunAsync("check", _project, "--baseline", _baseline, "--update-baseline");

        Assert.Contains("1 baselined, 1 stale baseline entry", check.Output, StringComparison.Ordinal);
        Assert.Contains("1 findings (0 added, 1 stale removed)", prune.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("NotifyStaff", File.ReadAllText(_baseline), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingBaseline_IsAUsageErrorThatSaysHowToCreateIt()
    {
        var result = await CliRun.RunAsync("check", _project, "--baseline", _baseline);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--update-baseline", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateWithoutABaselinePath_IsAUsageError()
    {
        var result = await CliRun.RunAsync("check", _project, "--update-baseline");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--update-baseline needs --baseline", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorruptBaseline_IsAUsageError()
    {
        File.WriteAllText(_baseline, "{ not json");

        var result = await CliRun.RunAsync("check", _project, "--baseline", _baseline);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("is not an Introspect baseline", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
