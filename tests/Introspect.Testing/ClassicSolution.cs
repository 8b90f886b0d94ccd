using System.Text;

namespace Introspect.Testing;

/// <summary>Writes a classic .sln file for a handful of C# projects.</summary>
public static class ClassicSolution
{
    private const string CSharpProjectType = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";

    public static string With(params (string Name, string RelativePath)[] projects)
    {
        var text = new StringBuilder();
        text.AppendLine();
        text.AppendLine("Microsoft Visual Studio Solution File, Format Version 12.00");
        text.AppendLine("# Visual Studio Version 17");
        for (var index = 0; index < projects.Length; index++)
        {
            var (name, path) = projects[index];
            text.AppendLine($"Project(\"{CSharpProjectType}\") = \"{name}\", \"{path.Replace('/', '\\')}\", \"{{{ProjectGuid(index)}}}\"");
            text.AppendLine("EndProject");
        }

        text.AppendLine("Global");
        text.AppendLine("\tGlobalSection(SolutionConfigurationPlatforms) = preSolution");
        text.AppendLine("\t\tDebug|Any CPU = Debug|Any CPU");
        text.AppendLine("\tEndGlobalSection");
        text.AppendLine("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution");
        for (var index = 0; index < projects.Length; index++)
        {
            text.AppendLine($"\t\t{{{ProjectGuid(index)}}}.Debug|Any CPU.ActiveCfg = Debug|Any CPU");
            text.AppendLine($"\t\t{{{ProjectGuid(index)}}}.Debug|Any CPU.Build.0 = Debug|Any CPU");
        }

        text.AppendLine("\tEndGlobalSection");
        text.AppendLine("EndGlobal");
        return text.ToString();
    }

    private static string ProjectGuid(int index) => $"00000000-0000-0000-0000-{index + 1:D12}";
}
