using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>
/// Runs the built <c>introspect diagram</c> once on a copy of the OpsPlatform sample, for one fixed day, in both themes,
/// with the PlantUML jar the set-up installs (none on a developer's machine without it: then there is no chain.svg).
/// </summary>
public sealed class SampleDiagramRun : IAsyncLifetime
{
    public const string Day = "2026-03-01";

    private readonly TempFolder _copy = new("sample-diagram");

    internal ProcessResult Result { get; private set; } = new(-1, string.Empty, string.Empty);

    internal string? Jar { get; private set; }

    internal string Output => _copy.Combine("diagrams");

    internal string Read(string fileName) => File.ReadAllText(Path.Combine(Output, fileName));

    public async Task InitializeAsync()
    {
        Jar = PlantUmlJar.FindOrFailInCi();
        var sample = SampleCopy.Create(_copy.Combine("OpsPlatform"));
        string[] plantUml = Jar is null ? [] : ["--plantuml-jar", Jar, "--no-cache"];
        Result = await ProcessRunner.RunAsync(
            "dotnet",
            [BuildConfiguration.CliAssembly, "diagram", Path.Combine(sample, "OpsPlatform.sln"), "--date", Day, "--theme", "both", "-o", Output, .. plantUml],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(10));
    }

    public Task DisposeAsync()
    {
        _copy.Dispose();
        return Task.CompletedTask;
    }
}
