using Introspect.Testing;

namespace Introspect.Analyzers.Tests.Conventions;

/// <summary>The rule sets shipped in the package list every rule: recommended at its default severity, strict as error.</summary>
public sealed class GlobalConfigTests
{
    [Theory]
    [InlineData("recommended")]
    [InlineData("strict")]
    public void ShippedGlobalConfig_ListsEveryRule(string mode)
    {
        var path = RepositoryPaths.Source("Introspect.Analyzers.Package", "globalconfig", $"{mode}.globalconfig");
        var entries = File.ReadLines(path)
            .Where(line => line.StartsWith("dotnet_diagnostic.", StringComparison.Ordinal))
            .Select(line => line.Split('=', StringSplitOptions.TrimEntries))
            .ToDictionary(parts => parts[0]["dotnet_diagnostic.".Length..^".severity".Length], parts => parts[1]);

        var expected = RuleCatalog.Descriptors.ToDictionary(
            descriptor => descriptor.Id,
            descriptor => mode == "strict" ? "error" : descriptor.DefaultSeverity.ToString().ToLowerInvariant() switch
            {
                "info" => "suggestion",
                var severity => severity,
            });
        Assert.Equal(expected.OrderBy(pair => pair.Key), entries.OrderBy(pair => pair.Key));
        Assert.Contains("is_global = true", File.ReadAllText(path), StringComparison.Ordinal);
    }
}
