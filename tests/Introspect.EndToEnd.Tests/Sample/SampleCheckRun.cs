using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>Runs the built <c>introspect check</c> on the OpsPlatform sample once, as a newcomer would.</summary>
public sealed class SampleCheckRun : IAsyncLifetime
{
    private readonly TempFolder _outputs = new("sample-check");

    internal ProcessResult Result { get; private set; } = new(-1, string.Empty, string.Empty);

    internal IReadOnlyList<PrintedFinding> Findings { get; private set; } = [];

    /// <summary>The SARIF the same run wrote with <c>--sarif</c>.</summary>
    internal string Sarif { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var sarifPath = _outputs.Combine("sample.sarif");
        Result = await ProcessRunner.RunAsync(
            "dotnet",
            [BuildConfiguration.CliAssembly, "check", RepositoryPaths.SampleSolution, "--sarif", sarifPath],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(10));
        Findings = CheckOutput.Parse(Result.Output);
        Sarif = File.Exists(sarifPath) ? await File.ReadAllTextAsync(sarifPath) : string.Empty;
    }

    public Task DisposeAsync()
    {
        _outputs.Dispose();
        return Task.CompletedTask;
    }
}
