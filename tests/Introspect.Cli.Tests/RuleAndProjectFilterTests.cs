using Introspect.Testing;

namespace Introspect.Cli.Tests;

public sealed class RuleAndProjectFilterTests : IDisposable
{
    private readonly TempFolder _folder = new("filters");

    public RuleAndProjectFilterTests()
    {
        _folder.WriteProject("Ops.Worker", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncVoidHelper });
        _folder.WriteProject("Ops.Api", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncVoidHelper });
        _folder.Write("Ops.sln", ClassicSolution.With(("Ops.Worker", "Ops.Worker/Ops.Worker.csproj"), ("Ops.Api", "Ops.Api/Ops.Api.csproj")));
    }

    [Fact]
    public async Task ProjectFilter_AnalysesOnlyTheMatchingProjects()
    {
        var result = await CliRun.RunAsync("check", _folder.Path, "--project", "*.Worker", "-v", "minimal");

        Assert.Contains("[Ops.Worker]", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[Ops.Api]", result.Output, StringComparison.Ordinal);
        Assert.Contains("in 1 project", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProjectFilterThatMatchesNothing_IsAUsageErrorListingTheProjects()
    {
        var result = await CliRun.RunAsync("check", _folder.Path, "--project", "Billing");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no project matches --project Billing", result.Error, StringComparison.Ordinal);
        Assert.Contains("Ops.Api, Ops.Worker", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExcludedRule_IsNotReported()
    {
        var result = await CliRun.RunAsync("check", _folder.Path, "--exclude-rules", "INTR101");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.DoesNotContain("INTR101", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelectedRuleFamily_IsReported()
    {
        var result = await CliRun.RunAsync("check", _folder.Path, "--rules", "INTR1*");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        Assert.Contains("warning INTR101", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRule_IsAUsageErrorListingTheKnownRules()
    {
        var result = await CliRun.RunAsync("check", _folder.Path, "--rules", "INTR999");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("No rule matches 'INTR999'", result.Error, StringComparison.Ordinal);
        Assert.Contains("INTR101", result.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
