namespace Introspect.Diagrams.PlantUml;

/// <summary>How to start PlantUML: a jar run with Java, or a <c>plantuml</c> launcher found on PATH.</summary>
public sealed record PlantUmlLauncher(PlantUmlLauncherKind Kind, string Path, string Source);

public enum PlantUmlLauncherKind
{
    Jar,
    Executable,
}
