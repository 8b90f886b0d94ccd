using System.Collections.Immutable;
using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Discovery;
using Introspect.Core.Jobs.Discovery.Conventions;
using Introspect.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Introspect.Core.Tests.Jobs;

/// <summary>
/// Compiles C# snippets into a one-project workspace against .NET 10 and the real framework packages (hosting,
/// Hangfire, Quartz, Coravel, MassTransit, Azure WebJobs), fails on compile errors, and runs job discovery on it.
/// </summary>
internal static class JobSnippets
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private const string Usings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static Task<ImmutableArray<Job>> DiscoverAsync(string source, IReadOnlyDictionary<string, string>? files = null, ImmutableArray<JobConvention>? conventions = null) =>
        DiscoverAsync(new Dictionary<string, string> { ["Jobs.cs"] = source }, files, conventions);

    public static async Task<ImmutableArray<Job>> DiscoverAsync(
        IReadOnlyDictionary<string, string> sources, IReadOnlyDictionary<string, string>? files = null, ImmutableArray<JobConvention>? conventions = null)
    {
        var (solution, root) = Create(sources, files);
        var project = solution.Projects.Single();
        var compilation = await project.GetCompilationAsync();
        var errors = compilation!.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

        var result = await JobDiscovery.DiscoverJobsAsync(solution, solution.Projects, root, new DiscoveryOptions { Now = Now, Conventions = conventions }, CancellationToken.None);
        return [.. result.Jobs.Select(job => job.Job)];
    }

    public static async Task<JobCatalog> CatalogAsync(string source)
    {
        var (solution, root) = Create(new Dictionary<string, string> { ["Jobs.cs"] = source }, null);
        var options = new DiscoveryOptions { Now = Now };
        var result = await JobDiscovery.DiscoverJobsAsync(solution, solution.Projects, root, options, CancellationToken.None);
        return result.ToCatalog(root, options, []);
    }

    public static Job Single(this ImmutableArray<Job> jobs, string typeName) =>
        Assert.Single(jobs, job => job.TypeName.EndsWith("." + typeName, StringComparison.Ordinal) || job.TypeName == typeName);

    private static (Solution Solution, string Root) Create(IReadOnlyDictionary<string, string> sources, IReadOnlyDictionary<string, string>? files)
    {
        // Files the discovery reads from disk (appsettings.json) live in a folder of their own per snippet.
        var root = Path.Combine(Path.GetTempPath(), "introspect-tests", "jobs-" + Guid.NewGuid().ToString("N"));
        var projectFolder = Path.Combine(root, "Ops");
        Directory.CreateDirectory(projectFolder);
        foreach (var (name, content) in files ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(projectFolder, name), content);
        }

        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "Ops",
                "Ops",
                LanguageNames.CSharp,
                filePath: Path.Combine(projectFolder, "Ops.csproj"),
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: parse,
                metadataReferences: FrameworkReferences.All));
        solution = solution.AddDocument(DocumentId.CreateNewId(projectId), "Usings.cs", Usings, filePath: Path.Combine(projectFolder, "Usings.cs"));
        foreach (var (name, source) in sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), name, source, filePath: Path.Combine(projectFolder, name));
        }

        return (solution, root);
    }
}
