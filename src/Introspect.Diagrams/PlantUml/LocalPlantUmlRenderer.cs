using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Introspect.Diagrams.Rendering;

namespace Introspect.Diagrams.PlantUml;

/// <summary>
/// Renders with a local PlantUML: every diagram is written to one temporary folder and a single PlantUML process (one
/// JVM) turns them all into SVG (<c>-tsvg -nometadata -charset UTF-8 file…</c>), which is where the time goes.
/// </summary>
public sealed partial class LocalPlantUmlRenderer(PlantUmlLauncher launcher, string java = "java") : IPlantUmlRenderer
{
    public string Description => $"PlantUML {Version} ({launcher.Source}: {launcher.Path})";

    /// <summary>The version in the jar's name (plantuml-1.2026.8.jar), else the file's size and date.</summary>
    public string Version { get; } = VersionOf(launcher);

    public async Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var folder = Path.Combine(Path.GetTempPath(), "introspect-plantuml", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = texts.Select((text, index) =>
            {
                var path = Path.Combine(folder, $"d{index:D4}.puml");
                File.WriteAllText(path, text, new UTF8Encoding(false));
                return path;
            }).ToList();
            await RunAsync(files, cancellationToken).ConfigureAwait(false);
            return [.. files.Select(file => ReadSvg(Path.ChangeExtension(file, ".svg")))];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task RunAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(launcher.Kind == PlantUmlLauncherKind.Jar ? java : launcher.Path)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (launcher.Kind == PlantUmlLauncherKind.Jar)
        {
            start.ArgumentList.Add("-Djava.awt.headless=true");
            start.ArgumentList.Add("-jar");
            start.ArgumentList.Add(launcher.Path);
        }

        foreach (var argument in (string[])["-tsvg", "-nometadata", "-charset", "UTF-8", .. files])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = StartProcess(start);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var message = ((await error.ConfigureAwait(false)) + (await output.ConfigureAwait(false))).Trim();
            throw new PlantUmlRenderException($"PlantUML exited with {process.ExitCode}: {(message.Length == 0 ? "no message" : message)}");
        }
    }

    private static Process StartProcess(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new PlantUmlRenderException($"could not start '{start.FileName}'.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new PlantUmlRenderException($"could not start '{start.FileName}' to run PlantUML ({exception.Message}); Java 17 or later must be on PATH.");
        }
    }

    private static string ReadSvg(string path) =>
        File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : throw new PlantUmlRenderException($"PlantUML wrote no SVG for {Path.GetFileName(path)}.");

    private static string VersionOf(PlantUmlLauncher launcher)
    {
        var match = JarVersion().Match(Path.GetFileName(launcher.Path));
        if (match.Success)
        {
            return match.Groups[1].Value;
        }

        var file = new FileInfo(launcher.Path);
        return file.Exists ? $"{file.Name}:{file.Length}:{file.LastWriteTimeUtc.Ticks}" : file.Name;
    }

    [GeneratedRegex(@"^plantuml-(\d+(?:\.\d+)+)\.jar$", RegexOptions.IgnoreCase)]
    private static partial Regex JarVersion();
}
