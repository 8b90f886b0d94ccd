using Introspect.Core.Loading;
using Introspect.Testing;
using Microsoft.CodeAnalysis;

namespace Introspect.Core.Tests.Jobs.Process;

/// <summary>The OpsPlatform sample loaded once through the real loader, for the tests that read its jobs.</summary>
public sealed class SampleSolutionFixture : IAsyncLifetime
{
    private LoadedSolution? _loaded;

    public LoadedSolution Loaded => _loaded ?? throw new InvalidOperationException("The sample is not loaded.");

    public async Task InitializeAsync() =>
        _loaded = await SolutionLoader.LoadAsync(RepositoryPaths.SampleSolution, new LoadOptions(), CancellationToken.None);

    public Task DisposeAsync()
    {
        _loaded?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The method <paramref name="name"/> of the type with that metadata name, from whichever project declares it.</summary>
    public async Task<IMethodSymbol> MethodAsync(string typeName, string name)
    {
        foreach (var project in Loaded.CSharpProjects)
        {
            var compilation = await project.GetCompilationAsync();
            if (compilation?.GetTypeByMetadataName(typeName) is { } type && SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
            {
                return type.GetMembers(name).OfType<IMethodSymbol>().Single();
            }
        }

        throw new InvalidOperationException($"No type {typeName} in the sample.");
    }
}
