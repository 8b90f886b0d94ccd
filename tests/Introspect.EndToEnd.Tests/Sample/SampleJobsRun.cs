using System.Text.Json;
using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>
/// Runs the built <c>introspect jobs --format json</c> once on a copy of the OpsPlatform sample (a copy, so its
/// design-time builds never meet those of the <c>check</c> run on the original).
/// </summary>
public sealed class SampleJobsRun : IAsyncLifetime
{
    public const string Now = "2026-11-23T12:00:00Z";

    private readonly TempFolder _copy = new("sample-jobs");

    internal ProcessResult Result { get; private set; } = new(-1, string.Empty, string.Empty);

    internal JsonDocument? Document { get; private set; }

    internal IReadOnlyList<JsonElement> Jobs =>
        Document is null ? [] : [.. Document.RootElement.GetProperty("jobs").EnumerateArray()];

    public async Task InitializeAsync()
    {
        var sample = SampleCopy.Create(_copy.Combine("OpsPlatform"));
        Result = await ProcessRunner.RunAsync(
            "dotnet",
            [BuildConfiguration.CliAssembly, "jobs", Path.Combine(sample, "OpsPlatform.sln"), "--format", "json", "--now", Now],
            RepositoryPaths.Root,
            TimeSpan.FromMinutes(10));
        if (Result.ExitCode == 0)
        {
            Document = JsonDocument.Parse(Result.Output);
        }
    }

    public Task DisposeAsync()
    {
        Document?.Dispose();
        _copy.Dispose();
        return Task.CompletedTask;
    }
}
