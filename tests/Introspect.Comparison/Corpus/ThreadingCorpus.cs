using System.Collections.Immutable;
using Introspect.Testing;

namespace Introspect.Comparison.Corpus;

/// <summary>
/// The threading corpus under tests/Introspect.Comparison.Tests/Corpus/Threading: one case per file, in a folder named
/// after the rule it was written for, read once and kept in a stable order.
/// </summary>
public static class ThreadingCorpus
{
    private static readonly Lazy<ImmutableArray<CorpusCase>> s_cases = new(() => Load(Folder));

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "Introspect.Comparison.Tests", "Corpus", "Threading");

    public static ImmutableArray<CorpusCase> Cases => s_cases.Value;

    public static CorpusCase Case(string id) => Cases.Single(candidate => candidate.Id == id);

    public static ImmutableArray<CorpusCase> Load(string folder)
    {
        var cases = ImmutableArray.CreateBuilder<CorpusCase>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var source = File.ReadAllText(path);
            var (expected, description) = CaseHeader.Parse(source, relative);
            cases.Add(new CorpusCase(relative[..^".cs".Length], relative, description, expected, source));
        }

        return [.. cases.OrderBy(c => c.Id, StringComparer.Ordinal)];
    }
}
