using System.Reflection;

namespace Introspect.Cli;

/// <summary>The version the tool reports (from Directory.Build.props, plus the commit when built from git).</summary>
internal static class ToolVersion
{
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
