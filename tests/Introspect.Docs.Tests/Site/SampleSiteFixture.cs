using Introspect.Core.Loading;
using Introspect.Diagrams.PlantUml;
using Introspect.Diagrams.Rendering;
using Introspect.Docs.Output;
using Introspect.Docs.Site;
using Introspect.Testing;

namespace Introspect.Docs.Tests.Site;

/// <summary>
/// The OpsPlatform sample loaded once through the real loader, and its site built twice from scratch (every step run
/// again: jobs, rules, migrations, diagrams) into two folders, with the PlantUML jar when the set-up installed it.
/// </summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    public static readonly SiteOptions Options = new() { Day = new DateOnly(2026, 3, 1), Title = "OpsPlatform" };

    private readonly TempFolder _folder = new("docs-site");
    private LoadedSolution? _loaded;

    public LoadedSolution Loaded => _loaded ?? throw new InvalidOperationException("The sample is not loaded.");

    public SiteContent Content { get; private set; } = null!;

    public SiteWriteResult FirstWrite { get; private set; } = null!;

    public string First => _folder.Combine("first");

    public string Second => _folder.Combine("second");

    public string Scratch(string name) => _folder.Combine(name);

    public bool HasPlantUml { get; private set; }

    public async Task InitializeAsync()
    {
        var jar = PlantUmlJar.FindOrFailInCi();
        HasPlantUml = jar is not null;
        var renderer = jar is null
            ? null
            : new CachedRenderer(new LocalPlantUmlRenderer(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, jar, "test")), new RenderCache(_folder.Combine("cache")));
        _loaded = await SolutionLoader.LoadAsync(RepositoryPaths.SampleSolution, new LoadOptions(), CancellationToken.None);
        (Content, FirstWrite) = await DocsSite.GenerateAsync(Loaded, Options, First, renderer, CancellationToken.None);
        await DocsSite.GenerateAsync(Loaded, Options, Second, renderer, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _loaded?.Dispose();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
