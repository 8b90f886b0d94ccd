using Introspect.Core.Analysis;
using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary>
/// <c>introspect check</c> on the sample finds every listed hazard of the rules that exist today, flags none of the
/// correct twins, and reports nothing the sample's README does not list.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class SampleFindingsTests(SampleCheckRun run)
{
    private static readonly SampleReadme Readme = SampleReadme.Load();

    // The code rules; migration rules are held to the migrations table by SampleMigrationTests.
    private static readonly HashSet<string> ImplementedRules =
        [.. IntrospectAnalyzers.All.SelectMany(analyzer => analyzer.SupportedDiagnostics).Select(descriptor => descriptor.Id).Where(id => !IsMigrationRule(id))];

    public static TheoryData<string> ImplementedHazards =>
        [.. Readme.Hazards.Where(row => ImplementedRules.Contains(row.Rule)).Select(row => row.ToString())];

    public static TheoryData<string> ImplementedTwins =>
        [.. Readme.CorrectTwins.Where(row => ImplementedRules.Contains(row.Rule)).Select(row => row.ToString())];

    [Fact]
    public void Check_LoadsEveryProject_AndExitsWithFindings()
    {
        Assert.True(run.Result.ExitCode == 1, run.Result.ToString());
        Assert.DoesNotContain("not analysed", run.Result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not analysed", run.Result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ImplementedHazards))]
    public void ListedHazard_IsFound(string row)
    {
        var hazard = Readme.Hazards.Single(candidate => candidate.ToString() == row);

        Assert.True(FindingsIn(hazard).Any(), $"{row}: no {hazard.Rule} finding inside it.{Environment.NewLine}{run.Result}");
    }

    [Theory]
    [MemberData(nameof(ImplementedTwins))]
    public void CorrectTwin_IsNotFlagged(string row)
    {
        var twin = Readme.CorrectTwins.Single(candidate => candidate.ToString() == row);

        Assert.Empty(FindingsIn(twin));
    }

    [Fact]
    public void EveryFinding_IsAListedHazard()
    {
        var unexpected = run.Findings
            .Where(finding => !IsMigrationRule(finding.RuleId))
            .Where(finding => !Readme.Hazards.Any(hazard => hazard.Rule == finding.RuleId && Contains(hazard, finding)))
            .ToList();

        Assert.True(unexpected.Count == 0, "Not listed in samples/OpsPlatform/README.md:" + Environment.NewLine + string.Join(Environment.NewLine, unexpected));
    }

    [Fact]
    public void EveryImplementedRule_HasAHazardAndATwinInTheSample()
    {
        foreach (var rule in ImplementedRules)
        {
            Assert.Contains(Readme.Hazards, row => row.Rule == rule);
            Assert.Contains(Readme.CorrectTwins, row => row.Rule == rule);
        }
    }

    private static bool IsMigrationRule(string id) => id.StartsWith("INTR2", StringComparison.Ordinal);

    private IEnumerable<PrintedFinding> FindingsIn(CodeRow row) =>
        run.Findings.Where(finding => finding.RuleId == row.Rule && Contains(row, finding));

    private static bool Contains(CodeRow row, PrintedFinding finding) =>
        finding.File == row.File
        && MemberLocator.Find(Path.Combine(RepositoryPaths.Sample, row.File), row.Member)
            .Any(span => finding.Line >= span.FirstLine && finding.Line <= span.LastLine);
}
