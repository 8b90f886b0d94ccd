using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>
/// The tables of samples/OpsPlatform/README.md: the jobs, the deliberate hazards with the rule expected to catch
/// each, their correct twins, and the migrations with their expected verdicts. The tests hold the tool to them.
/// </summary>
internal sealed class SampleReadme
{
    private readonly Dictionary<string, List<string[]>> _tables;

    private SampleReadme(Dictionary<string, List<string[]>> tables) => _tables = tables;

    public static SampleReadme Load() => Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Sample, "README.md")));

    public IReadOnlyList<CodeRow> Hazards => CodeRows("Threading hazards");

    public IReadOnlyList<CodeRow> CorrectTwins => CodeRows("Correct twins");

    public IReadOnlyList<string[]> Jobs => Table("Jobs");

    public IReadOnlyList<string[]> Migrations => Table("Migrations");

    public IReadOnlyList<MigrationRow> MigrationRows =>
        [.. Migrations.Select(cells => new MigrationRow(cells[0], cells[1], cells[2], cells[3], cells[4]))];

    public static SampleReadme Parse(string markdown)
    {
        var tables = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        List<string[]>? current = null;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = tables[line[3..].Trim()] = [];
            }
            else if (current is not null && line.StartsWith('|'))
            {
                current.Add([.. line.Trim().Trim('|').Split('|').Select(cell => cell.Trim().Trim('`').Trim())]);
            }
        }

        // Drop each table's header and separator rows.
        foreach (var rows in tables.Values.Where(rows => rows.Count >= 2))
        {
            rows.RemoveRange(0, 2);
        }

        return new SampleReadme(tables);
    }

    public IReadOnlyList<string[]> Table(string heading) =>
        _tables.TryGetValue(heading, out var rows) ? rows : throw new InvalidOperationException($"The sample README has no '## {heading}' table.");

    private List<CodeRow> CodeRows(string heading) =>
        [.. Table(heading).Select(cells => new CodeRow(cells[0], cells[1], cells[2], cells[3]))];
}

/// <summary>One row of the migrations table: the rule (or "safe"), the framework, the file, the migration and the operation.</summary>
internal sealed record MigrationRow(string Rule, string Kind, string File, string Migration, string Operation)
{
    public bool IsSafe => Rule == "safe";

    public override string ToString() => $"{Rule} {Kind} {Migration}: {Operation}";
}

/// <summary>One row of the hazards or twins table: the rule, the file, the member (Type.Member) and the reason.</summary>
internal sealed record CodeRow(string Rule, string File, string Member, string Description)
{
    public override string ToString() => $"{Rule} {File} {Member}";
}
