using Introspect.Core.Jobs;
using Introspect.Core.Jobs.Discovery;
using Introspect.Core.Loading;
using Introspect.Testing;

namespace Introspect.Diagrams.Tests;

/// <summary>The OpsPlatform sample's jobs, found through the real loader and discovery once for the tests that draw them.</summary>
public sealed class SampleCatalogFixture : IAsyncLifetime
{
    private JobCatalog? _catalog;

    public JobCatalog Catalog => _catalog ?? throw new InvalidOperationException("The sample is not loaded.");

    public async Task InitializeAsync()
    {
        using var loaded = await SolutionLoader.LoadAsync(RepositoryPaths.SampleSolution, new LoadOptions(), CancellationToken.None);
        var options = new DiscoveryOptions { Now = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), NextRunCount = 0 };
        _catalog = await JobDiscovery.DiscoverAsync(loaded, options, CancellationToken.None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public Job Job(string typeName) => Catalog.Jobs.Single(job => job.TypeName == typeName);
}

[CollectionDefinition(Name)]
public sealed class SampleCatalogCollection : ICollectionFixture<SampleCatalogFixture>
{
    public const string Name = "OpsPlatform sample catalog";
}
