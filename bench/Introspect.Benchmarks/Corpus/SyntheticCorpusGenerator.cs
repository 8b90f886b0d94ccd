using System.Collections.Immutable;
using System.Globalization;
using Introspect.Comparison.Corpus;

namespace Introspect.Benchmarks.Corpus;

/// <summary>
/// Builds a corpus of about the requested size: the comparison corpus's cases (hazards and correct twins, cycled in
/// order) at one case per <see cref="LinesPerSeededCase"/> lines, the rest filler. That puts about two seeded hazards
/// and two correct twins in every thousand lines, and every rule's hazards in every slice of the corpus.
/// </summary>
internal static class SyntheticCorpusGenerator
{
    public const int LinesPerSeededCase = 250;

    public static SyntheticCorpus Generate(int targetLines, string folder)
    {
        var cases = ThreadingCorpus.Cases;
        var templates = FillerTemplates.All;
        var files = ImmutableArray.CreateBuilder<SyntheticFile>();
        int lines = 0, seeded = 0, filler = 0;
        while (lines < targetLines)
        {
            var file = lines >= seeded * LinesPerSeededCase
                ? SeededCase(cases[seeded % cases.Length], seeded++)
                : Filler(templates[filler % templates.Length], filler++);
            files.Add(file);
            lines += file.Lines;
        }

        Directory.CreateDirectory(folder);
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }

        return new SyntheticCorpus(folder, files.ToImmutable());
    }

    private static SyntheticFile SeededCase(CorpusCase corpusCase, int number)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"Bench.Case{number}");
        var path = string.Create(CultureInfo.InvariantCulture, $"Seeded/{number:D5}_{corpusCase.Id.Replace('/', '_')}.cs");
        var kind = corpusCase.IsHazard ? SyntheticFileKind.Hazard : SyntheticFileKind.CorrectTwin;
        return new SyntheticFile(path, NamespaceRelocator.Relocate(corpusCase.Source, prefix), kind, corpusCase.ExpectedRules);
    }

    private static SyntheticFile Filler((string Name, string Text) template, int number)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"Filler/{number:D5}_{template.Name}.cs");
        return new SyntheticFile(path, FillerTemplates.Instantiate(template.Text, number), SyntheticFileKind.Filler, []);
    }
}
