using Introspect.Core.Loading;
using Introspect.Testing;

namespace Introspect.Core.Tests.Loading;

public sealed class SolutionLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new("loader");

    private const string HostingPackage =
        "</PropertyGroup><ItemGroup><PackageReference Include=\"Microsoft.Extensions.Hosting.Abstractions\" Version=\"10.0.15\" /></ItemGroup><PropertyGroup>";

    [Fact]
    public async Task UnrestoredProject_IsRestoredAndLoadedWithItsPackages()
    {
        var project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncTaskHelper }, HostingPackage);

        using var loaded = await SolutionLoader.LoadAsync(project, new LoadOptions(), CancellationToken.None);

        Assert.True(loaded.IsComplete, string.Join(Environment.NewLine, loaded.Problems));
        var loadedProject = Assert.Single(loaded.CSharpProjects);
        Assert.Equal("Ops", loadedProject.Name);
        Assert.Contains(loadedProject.Documents, document => document.Name == "Notifier.cs");
        Assert.True(File.Exists(_folder.Combine("Ops", "obj", "project.assets.json")));
        Assert.Contains(loadedProject.MetadataReferences, reference => reference.Display?.EndsWith("Microsoft.Extensions.Hosting.Abstractions.dll", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task UnrestoredProjectWithRestoreOff_IsReportedAsNotAnalysed()
    {
        var project = _folder.WriteProject("Ops", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncTaskHelper }, HostingPackage);

        using var loaded = await SolutionLoader.LoadAsync(project, new LoadOptions { RestoreWhenNeeded = false }, CancellationToken.None);

        Assert.False(loaded.IsComplete);
        var problem = Assert.Single(loaded.Problems, problem => problem.IsFatal);
        Assert.Equal("Ops", problem.ProjectName);
        Assert.Contains("restore", problem.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(loaded.CSharpProjects);
    }

    [Fact]
    public async Task SolutionWithABrokenAndAMissingProject_LoadsTheRestAndNamesBoth()
    {
        _folder.WriteProject("Good", new Dictionary<string, string> { ["Notifier.cs"] = SampleSources.AsyncTaskHelper });
        _folder.Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");
        var solution = _folder.Write("Ops.slnx", """
            <Solution>
              <Project Path="Good/Good.csproj" />
              <Project Path="Broken/Broken.csproj" />
              <Project Path="Missing/Missing.csproj" />
            </Solution>
            """);

        using var loaded = await SolutionLoader.LoadAsync(solution, new LoadOptions(), CancellationToken.None);

        Assert.False(loaded.IsComplete);
        Assert.True(loaded.CSharpProjects.Length == 1, string.Join(Environment.NewLine, loaded.Problems));
        Assert.Equal(["Good"], loaded.CSharpProjects.Select(project => project.Name));
        var fatal = loaded.Problems.Where(problem => problem.IsFatal).Select(problem => problem.ProjectName).Order().ToArray();
        Assert.Equal(["Broken", "Missing"], fatal);
        Assert.All(loaded.Problems, problem => Assert.False(string.IsNullOrWhiteSpace(problem.Reason)));
    }

    [Fact]
    public async Task ClassicSolution_LoadsEveryProject()
    {
        _folder.WriteProject("Api", new Dictionary<string, string> { ["A.cs"] = "namespace Api; public class A { }" });
        _folder.WriteProject("Worker", new Dictionary<string, string> { ["W.cs"] = "namespace Worker; public class W { }" });
        var solution = _folder.Write("Ops.sln", ClassicSolution.With(("Api", "Api/Api.csproj"), ("Worker", "Worker/Worker.csproj")));

        using var loaded = await SolutionLoader.LoadAsync(solution, new LoadOptions(), CancellationToken.None);

        Assert.True(loaded.IsComplete, string.Join(Environment.NewLine, loaded.Problems));
        Assert.Equal(["Api", "Worker"], loaded.CSharpProjects.Select(project => project.Name));
    }

    [Fact]
    public async Task UnreadableSolutionFile_ThrowsALoadException()
    {
        var solution = _folder.Write("Ops.slnx", "this is not xml");

        var error = await Assert.ThrowsAsync<LoadException>(() => SolutionLoader.LoadAsync(solution, new LoadOptions(), CancellationToken.None));
        Assert.Contains("Ops.slnx", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
