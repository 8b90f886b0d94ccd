using System.Security.Cryptography;
using System.Text;

namespace Introspect.Diagrams.Rendering;

/// <summary>
/// Rendered SVG on disk, keyed by the hash of (diagram text, PlantUML version, theme), so a diagram that has not changed
/// is never rendered again. Writes go through a temporary file and a move, so a reader never sees half a file.
/// </summary>
public sealed class RenderCache(string folder)
{
    public string Folder { get; } = folder;

    public static string Key(string text, string plantUmlVersion, string theme)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{plantUmlVersion}\n{theme}\n{text}"));
        return Convert.ToHexStringLower(hash);
    }

    public string? Get(string key)
    {
        var path = PathOf(key);
        return File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : null;
    }

    public void Put(string key, string svg)
    {
        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $"{key}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temporary, svg, new UTF8Encoding(false));
        File.Move(temporary, PathOf(key), overwrite: true);
    }

    /// <summary>The user's cache folder for Introspect's rendered diagrams.</summary>
    public static string DefaultFolder()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(string.IsNullOrEmpty(root) ? Path.GetTempPath() : root, "introspect", "plantuml-svg");
    }

    private string PathOf(string key) => Path.Combine(Folder, key + ".svg");
}
