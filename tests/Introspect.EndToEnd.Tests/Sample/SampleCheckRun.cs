using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>Runs the built <c>introspect check</c> on the OpsPlatform sample once, as a newcomer would.</summary>
public sealed class SampleCheckRun : IAsyncLifetime
{
    internal ProcessResult Result { get; private set; } = new(-1, string.Empty, string.Empty);

    internal IReadOnlyList<PrintedFinding> Findings { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Result = await ProcessRunner.RunAsync(
            "dotnet",
            [BuildConfiguration.CliAssembly, "check", RepositoryPaths.SampleSolution],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(10));
        Findings = CheckOutput.Parse(Result.Output);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
