using Introspect.Testing;

namespace Introspect.EndToEnd.Tests;

/// <summary>The configuration these tests were built in, so they use the CLI and packages built alongside them.</summary>
internal static class BuildConfiguration
{
#if DEBUG
    public const string Name = "Debug";
#else
    public const string Name = "Release";
#endif

    public static string CliAssembly => RepositoryPaths.Source("Introspect.Cli", "bin", Name, "net10.0", "introspect.dll");
}
