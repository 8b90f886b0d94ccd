using Introspect.Core.Analysis;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>
/// <c>introspect check</c> classifies the sample's migrations as its README lists them, for every migration rule
/// that exists and every migration kind Introspect reads so far.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SampleMigrationTests(SampleCheckRun run)
{
    // The migration kinds Introspect reads: EF Core classes, FluentMigrator classes and plain SQL scripts.
    private static readonly HashSet<string> ReadKinds = ["EF Core", "FluentMigrator", "SQL"];

    private static readonly SampleReadme Readme = SampleReadme.Load();

    private static readonly HashSet<string> ImplementedRules =
        [.. IntrospectAnalyzers.All.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id).Where(id => id.StartsWith("INTR2", StringComparison.Ordinal))];

    public static TheoryData<string> UnsafeRows =>
        [.. Readme.MigrationRows.Where(row => ImplementedRules.Contains(row.Rule) && ReadKinds.Contains(row.Kind)).Select(row => row.ToString())];

    public static TheoryData<string> SafeFiles =>
        [.. Readme.MigrationRows.Where(row => row.IsSafe && ReadKinds.Contains(row.Kind)).Select(row => row.File).Distinct()];

    [Theory]
    [MemberData(nameof(UnsafeRows))]
    public void ListedUnsafeOperation_IsReportedInItsMigration(string description)
    {
        var row = Readme.MigrationRows.Single(candidate => candidate.ToString() == description);

        Assert.True(
            run.Findings.Any(finding => finding.RuleId == row.Rule && finding.File == row.File),
            $"{description}: no {row.Rule} finding in {row.File}.{Environment.NewLine}{run.Result}");
    }

    [Theory]
    [MemberData(nameof(SafeFiles))]
    public void SafeMigration_HasNoMigrationFinding(string file) =>
        Assert.DoesNotContain(run.Findings, finding => finding.File == file && finding.RuleId.StartsWith("INTR2", StringComparison.Ordinal));

    [Fact]
    public void EveryMigrationFinding_IsAListedUnsafeOperation()
    {
        var unexpected = run.Findings
            .Where(finding => finding.RuleId.StartsWith("INTR2", StringComparison.Ordinal))
            .Where(finding => !Readme.MigrationRows.Any(row => row.Rule == finding.RuleId && row.File == finding.File))
            .ToList();

        Assert.True(unexpected.Count == 0, "Not listed in the sample's migrations table:" + Environment.NewLine + string.Join(Environment.NewLine, unexpected));
    }
}
