namespace Introspect.Testing;

/// <summary>Paths inside the repository, found from the test's output folder so tests run from anywhere.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string Docs => Path.Combine(Root, "docs");

    public static string RuleDocs => Path.Combine(Root, "docs", "rules");

    public static string Readme => Path.Combine(Root, "README.md");

    public static string Sample => Path.Combine(Root, "samples", "OpsPlatform");

    public static string SampleSolution => Path.Combine(Sample, "OpsPlatform.sln");

    public static string Source(params string[] parts) => Path.Combine([Root, "src", .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Introspect.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Introspect.sln above '{AppContext.BaseDirectory}'.");
    }
}
