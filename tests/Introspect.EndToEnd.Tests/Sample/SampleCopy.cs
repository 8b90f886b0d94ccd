using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>Copies the sample's sources (no bin/ or obj/) to a folder where a test may change them.</summary>
internal static class SampleCopy
{
    public static string Create(string destination)
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Sample, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepositoryPaths.Sample, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(part => part is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return destination;
    }
}
