using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Introspect.Testing;

/// <summary>
/// What test snippets compile against: the .NET 10 reference assemblies plus the real assemblies of the job and
/// migration frameworks (hosting, Hangfire, Quartz, Coravel, EF Core, FluentMigrator with its PostgreSQL and SQL
/// Server extensions, DbUp), so rules are tested against the real APIs rather than hand-written stubs.
/// </summary>
public static class FrameworkReferences
{
    private static readonly string[] FrameworkAssemblyPrefixes =
    [
        "Microsoft.Extensions.",
        "Microsoft.EntityFrameworkCore",
        "Hangfire.",
        "Quartz",
        "Coravel",
        "FluentMigrator",
        "dbup-core",
        "DbUp",
        "Newtonsoft.Json",
        "MassTransit",
        "Microsoft.Azure.WebJobs",
    ];

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_frameworks = new(LoadFrameworkAssemblies);

    public static ImmutableArray<MetadataReference> Net100 { get; } = [.. Basic.Reference.Assemblies.Net100.References.All];

    /// <summary>The framework assemblies only (hosting, Hangfire, Quartz, ...), without the .NET reference assemblies.</summary>
    public static ImmutableArray<MetadataReference> Frameworks => s_frameworks.Value;

    public static ImmutableArray<MetadataReference> All => [.. Net100, .. Frameworks];

    private static ImmutableArray<MetadataReference> LoadFrameworkAssemblies()
    {
        // The framework packages are referenced by this project, so their assemblies sit next to the tests.
        return
        [
            .. Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
                .Where(path => FrameworkAssemblyPrefixes.Any(prefix => Path.GetFileName(path).StartsWith(prefix, StringComparison.Ordinal)))
                .Order(StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
        ];
    }
}
