namespace Introspect.Testing;

/// <summary>
/// A throwaway folder outside the repository (so it inherits none of the repository's build settings),
/// deleted when disposed.
/// </summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "introspect-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string relativePath, string content)
    {
        var fullPath = Combine(relativePath.Split('/'));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, content);
        return fullPath;
    }

    /// <summary>Writes a minimal SDK-style C# project with the given source files, and returns the project's path.</summary>
    public string WriteProject(string name, IReadOnlyDictionary<string, string> sources, string extraProperties = "")
    {
        foreach (var (fileName, content) in sources)
        {
            Write($"{name}/{fileName}", content);
        }

        return Write($"{name}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                {extraProperties}
              </PropertyGroup>
            </Project>
            """);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the OS cleans temp folders eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
