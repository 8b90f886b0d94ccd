using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Packaging;

/// <summary>Packs Introspect.Analyzers once, with a version of its own, into a throwaway local feed.</summary>
public sealed class PackedAnalyzerPackage : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    private readonly TempFolder _folder = new("analyzer-package");

    // A fresh version per run, so no NuGet cache ever hands out an older build under the same number.
    public string Version { get; } = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmssfff}";

    public string Feed => _folder.Combine("feed");

    public string PackagePath => Path.Combine(Feed, $"Introspect.Analyzers.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        var pack = await ProcessRunner.RunAsync(
            "dotnet",
            ["pack", RepositoryPaths.Source("Introspect.Analyzers.Package", "Introspect.Analyzers.Package.csproj"),
             "-nologo", "-c", BuildConfiguration.PackingName, "-o", Feed, $"-p:Version={Version}"],
            RepositoryPaths.Root,
            Timeout);
        if (pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException($"dotnet pack failed: {pack}");
        }
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
