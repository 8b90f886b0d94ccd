namespace Introspect.Testing;

/// <summary>
/// The PlantUML jar the rendering tests use, found as the tool finds it: PLANTUML_JAR, then tools/plantuml/ in the
/// repository (scripts/install-tools.sh fills it; .ci/run calls it). Without it a test is skipped on a developer's
/// machine, but fails in CI, so a missing jar never turns the rendering tests off unnoticed.
/// </summary>
public static class PlantUmlJar
{
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("PLANTUML_JAR") is { Length: > 0 } fromEnvironment && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        var tools = Path.Combine(RepositoryPaths.Root, "tools", "plantuml");
        return Directory.Exists(tools)
            ? Directory.EnumerateFiles(tools, "plantuml*.jar", SearchOption.AllDirectories).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
    }

    public const string Missing = "The PlantUML jar is missing: run scripts/install-tools.sh (or set PLANTUML_JAR).";

    /// <summary>The jar; null (the test skips) on a developer's machine without it; a failure when the CI variable is set.</summary>
    public static string? FindOrFailInCi() =>
        Find() ?? (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? null
            : throw new InvalidOperationException(Missing + " CI is set, so this is a failure, not a skip."));
}
