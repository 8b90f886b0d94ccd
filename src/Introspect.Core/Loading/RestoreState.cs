using Microsoft.CodeAnalysis;

namespace Introspect.Core.Loading;

/// <summary>
/// Whether a project's packages have been restored. MSBuildWorkspace loads an unrestored project without a word,
/// minus its package references, so this is checked here: the assets file in obj/ (or in artifacts/obj/ for the
/// artifacts output layout).
/// </summary>
internal static class RestoreState
{
    private const string AssetsFileName = "project.assets.json";

    public static bool IsRestored(Project project)
    {
        if (project.FilePath is not { } projectPath)
        {
            return true;
        }

        var projectFolder = Path.GetDirectoryName(projectPath)!;
        if (File.Exists(Path.Combine(projectFolder, "obj", AssetsFileName)))
        {
            return true;
        }

        for (var folder = new DirectoryInfo(projectFolder); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "artifacts", "obj", project.AssemblyName, AssetsFileName)))
            {
                return true;
            }
        }

        return false;
    }
}
