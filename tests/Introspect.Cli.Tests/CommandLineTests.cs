namespace Introspect.Cli.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Version_PrintsTheVersionFromBuildProps()
    {
        var result = await CliRun.RunAsync("--version");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Output.Trim());
    }

    [Fact]
    public async Task Help_ListsTheCheckCommand()
    {
        var result = await CliRun.RunAsync("--help");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("check", result.Output, StringComparison.Ordinal);
        Assert.Contains("Introspect", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHelp_DocumentsEveryExitCode()
    {
        var result = await CliRun.RunAsync("check", "--help");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        foreach (var line in new[] { "0  clean", "1  findings", "2  usage error", "3  incomplete" })
        {
            Assert.Contains(line, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("--fail-on", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_IsAUsageError()
    {
        var result = await CliRun.RunAsync("check", "--no-such-option");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--no-such-option", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownFailOnValue_IsAUsageError()
    {
        var result = await CliRun.RunAsync("check", "--fail-on", "sometimes");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("sometimes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PropertyWithoutEquals_IsAUsageError()
    {
        var result = await CliRun.RunAsync("check", "-p", "Configuration");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("name=value", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingInput_IsAUsageErrorThatNamesIt()
    {
        var result = await CliRun.RunAsync("check", "/no/such/Ops.sln");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("/no/such/Ops.sln", result.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
    }
}
