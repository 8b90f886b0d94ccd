using Introspect.Diagrams.Chain;
using Introspect.Diagrams.PlantUml;
using Introspect.Diagrams.Rendering;
using Introspect.Diagrams.Resources;
using Introspect.Testing;

namespace Introspect.Diagrams.Tests;

/// <summary>Real PlantUML, run as the tool runs it: one JVM for every diagram of a run.</summary>
public sealed class RenderingTests : IDisposable
{
    private readonly TempFolder _folder = new("render");

    [SkippableFact]
    public async Task ChainView_RendersToSvgWithTheJobNames()
    {
        var renderer = Local();
        var puml = ChainPlantUml.Write(ChainGraphBuilder.Build(TestCatalog.Sample()), DiagramTheme.Light);

        var svg = Assert.Single(await renderer.RenderAsync([puml], CancellationToken.None));

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Nightly snapshot scheduler", svg, StringComparison.Ordinal);
        Assert.Contains("Snapshot notifier", svg, StringComparison.Ordinal);
        Assert.Contains("POST /servers/{id:int}/raid-monitoring", svg, StringComparison.Ordinal);
        Assert.Contains("continuation, once per item of a loop", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Syntax Error", svg, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task SameInputTwice_GivesByteIdenticalSvg_LightAndDark()
    {
        var renderer = Local();
        var graph = ChainGraphBuilder.Build(TestCatalog.Extended());
        string[] texts = [ChainPlantUml.Write(graph, DiagramTheme.Light), ChainPlantUml.Write(graph, DiagramTheme.Dark)];

        var first = await renderer.RenderAsync(texts, CancellationToken.None);
        var second = await renderer.RenderAsync(texts, CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Contains(DiagramTheme.Dark.Background, first[1], StringComparison.Ordinal);
        Assert.NotEqual(first[0], first[1]);
    }

    [SkippableFact]
    public async Task ResourcesView_RendersWithoutError_ByteIdenticalTwice_WithItsLinks()
    {
        var renderer = Local();
        var map = ResourceMapBuilder.Build(TestProcesses.SampleWithResources(), link: SourceLinks.FromBase("https://code.example.com/r", "/", out _)!.AsFunc());
        string[] texts = [ResourcesPlantUml.Write(map, DiagramTheme.Light), ResourcesPlantUml.Write(map, DiagramTheme.Dark)];

        var first = await renderer.RenderAsync(texts, CancellationToken.None);
        var second = await renderer.RenderAsync(texts, CancellationToken.None);

        Assert.Equal(first, second);
        foreach (var svg in first)
        {
            Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
            Assert.DoesNotContain("Syntax Error", svg, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("StorageApiClient", svg, StringComparison.Ordinal);
            Assert.Contains("written by 3 jobs", svg, StringComparison.Ordinal);
            Assert.Contains("href=\"https://code.example.com/r/src/src/Ops/Snapshots/SnapshotJob/CreateAsync.cs#L10\"", svg, StringComparison.Ordinal);
        }

        Assert.Contains(DiagramTheme.Light.Clash, first[0], StringComparison.Ordinal);
        Assert.Contains(DiagramTheme.Dark.Clash, first[1], StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task WarmCache_NeverStartsPlantUml()
    {
        var jar = Local();
        var cache = new RenderCache(_folder.Combine("cache"));
        var text = ChainPlantUml.Write(ChainGraphBuilder.Build(TestCatalog.Sample()), DiagramTheme.Light);
        var cold = await new CachedRenderer(jar, cache).RenderAsync([(text, "light")], CancellationToken.None);

        // Same version, but a Java that does not exist: only a cache hit can succeed.
        var broken = new LocalPlantUmlRenderer(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, Jar(), "test"), java: _folder.Combine("no-java"));
        var warm = new CachedRenderer(broken, cache);
        var again = await warm.RenderAsync([(text, "light")], CancellationToken.None);

        Assert.Equal(cold, again);
        Assert.Equal(1, warm.CacheHits);
        await Assert.ThrowsAsync<PlantUmlRenderException>(() => warm.RenderAsync([(text + "' changed\n", "light")], CancellationToken.None));
    }

    [Fact]
    public void CacheKey_ChangesWithTextVersionAndTheme()
    {
        var key = RenderCache.Key("a", "1.2026.8", "light");

        Assert.Equal(key, RenderCache.Key("a", "1.2026.8", "light"));
        Assert.NotEqual(key, RenderCache.Key("b", "1.2026.8", "light"));
        Assert.NotEqual(key, RenderCache.Key("a", "1.2026.9", "light"));
        Assert.NotEqual(key, RenderCache.Key("a", "1.2026.8", "dark"));
    }

    [Fact]
    public async Task MissingJava_IsAClearRenderError()
    {
        var renderer = new LocalPlantUmlRenderer(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, "plantuml-1.2026.8.jar", "test"), java: _folder.Combine("no-java"));

        var error = await Assert.ThrowsAsync<PlantUmlRenderException>(() => renderer.RenderAsync(["@startuml\n@enduml\n"], CancellationToken.None));

        Assert.Contains("Java 17 or later", error.Message, StringComparison.Ordinal);
        Assert.Equal("1.2026.8", renderer.Version);
    }

    private static string Jar()
    {
        var jar = PlantUmlJar.FindOrFailInCi();
        Skip.If(jar is null, PlantUmlJar.Missing);
        return jar;
    }

    private static LocalPlantUmlRenderer Local() => new(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, Jar(), "test"));

    public void Dispose() => _folder.Dispose();
}
