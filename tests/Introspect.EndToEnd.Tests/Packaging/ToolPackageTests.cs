using Introspect.EndToEnd.Tests.Sample;
using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Packaging;

/// <summary>
/// The CI path: the `Introspect` dotnet tool, packed and installed the way a pipeline installs it, checks the sample
/// exactly as the CLI built from source does.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ToolPackageTests(SampleCheckRun sourceBuild) : IDisposable
{
    private readonly TempFolder _folder = new("tool-package");

    [Fact]
    public async Task InstalledTool_ChecksTheSampleLikeTheSourceBuild()
    {
        var version = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        var feed = _folder.Combine("feed");
        var tools = _folder.Combine("tools");

        var pack = await ProcessRunner.RunAsync(
            "dotnet",
            ["pack", RepositoryPaths.Source("Introspect.Cli", "Introspect.Cli.csproj"), "-nologo", "-c", BuildConfiguration.PackingName, "-o", feed, $"-p:Version={version}"],
            RepositoryPaths.Root,
            PackedAnalyzerPackage.Timeout);
        Assert.True(pack.ExitCode == 0, pack.ToString());

        var install = await ProcessRunner.RunAsync(
            "dotnet",
            ["tool", "install", "Introspect", "--version", version, "--tool-path", tools, "--add-source", feed],
            _folder.Path,
            PackedAnalyzerPackage.Timeout);
        Assert.True(install.ExitCode == 0, install.ToString());

        var check = await ProcessRunner.RunAsync(
            Path.Combine(tools, OperatingSystem.IsWindows() ? "introspect.exe" : "introspect"),
            ["check", RepositoryPaths.SampleSolution],
            RepositoryPaths.Root,
            PackedAnalyzerPackage.Timeout);

        Assert.Equal(sourceBuild.Result.ExitCode, check.ExitCode);
        Assert.NotEmpty(sourceBuild.Findings);
        Assert.Equal(sourceBuild.Findings, CheckOutput.Parse(check.Output));
    }

    public void Dispose() => _folder.Dispose();
}
