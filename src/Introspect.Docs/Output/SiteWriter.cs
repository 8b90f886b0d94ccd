using System.Text;
using Introspect.Docs.Site;

namespace Introspect.Docs.Output;

/// <summary>
/// Writes a site into its folder incrementally: a file whose bytes are already there is not touched (its time stamp
/// stays, so a sync to a web server skips it), and files the previous build wrote that this one does not are deleted.
/// What was written is kept in a manifest in the folder; files the manifest does not name are never deleted.
/// </summary>
public static class SiteWriter
{
    public const string ManifestFile = ".introspect-site";

    public static SiteWriteResult Write(string folder, IReadOnlyList<SiteFile> files)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        var unchanged = 0;
        foreach (var file in files)
        {
            var path = FullPath(folder, file.Path);
            if (File.Exists(path) && SameBytes(path, file.Content))
            {
                unchanged++;
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
            written.Add(file.Path);
        }

        var current = files.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        var deleted = new List<string>();
        foreach (var stale in ReadManifest(folder).Where(path => !current.Contains(path)))
        {
            var path = FullPath(folder, stale);
            if (File.Exists(path))
            {
                File.Delete(path);
                deleted.Add(stale);
                DeleteEmptyFolders(folder, Path.GetDirectoryName(path)!);
            }
        }

        var manifest = string.Concat(current.Order(StringComparer.Ordinal).Select(path => path + "\n"));
        var manifestPath = Path.Combine(folder, ManifestFile);
        if (!File.Exists(manifestPath) || File.ReadAllText(manifestPath) != manifest)
        {
            File.WriteAllText(manifestPath, manifest, new UTF8Encoding(false));
        }

        return new SiteWriteResult(written, unchanged, deleted);
    }

    private static IEnumerable<string> ReadManifest(string folder)
    {
        var path = Path.Combine(folder, ManifestFile);
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(line => line.Length > 0 && IsInside(line))
            : [];
    }

    /// <summary>A manifest line is a relative path inside the folder; anything else (edited by hand) is ignored, never deleted.</summary>
    private static bool IsInside(string relative) =>
        !Path.IsPathRooted(relative) && !relative.Split('/').Any(part => part is ".." or "." or "");

    private static string FullPath(string folder, string relative) => Path.Combine([folder, .. relative.Split('/')]);

    private static bool SameBytes(string path, byte[] content)
    {
        var info = new FileInfo(path);
        return info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    private static void DeleteEmptyFolders(string root, string folder)
    {
        var rootFull = Path.GetFullPath(root);
        for (var current = Path.GetFullPath(folder); current.Length > rootFull.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any(); current = Path.GetDirectoryName(current)!)
        {
            Directory.Delete(current);
        }
    }
}

/// <summary>What a write did: the files it wrote (new or changed), how many were already up to date, and the stale files it deleted.</summary>
public sealed record SiteWriteResult(IReadOnlyList<string> Written, int Unchanged, IReadOnlyList<string> Deleted);
