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

    /// <summary>
    /// Packing tests build in a configuration of their own, so they never overwrite the binaries that the other
    /// tests are running.
    /// </summary>
    public const string PackingName = "E2E";

    public static string CliAssembly => RepositoryPaths.Source("Introspect.Cli", "bin", Name, "net10.0", "introspect.dll");
}
