using System.Text.Json;
using Introspect.Testing;

namespace Introspect.EndToEnd.Tests.Sample;

/// <summary><c>introspect check --sarif</c> on the sample: schema-valid, and the same findings as the console.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class SampleSarifTests(SampleCheckRun run)
{
    [SkippableFact]
    public async Task Sarif_IsValidAgainstTheOfficialSchema()
    {
        Skip.IfNot(SarifSchema.IsAvailable, SarifSchema.MissingMessage);

        Assert.Empty(await SarifSchema.ValidateAsync(run.Sarif));
    }

    [Fact]
    public void SarifResults_MatchTheConsoleFindings()
    {
        using var document = JsonDocument.Parse(run.Sarif);
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(result =>
            {
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                return $"{location.GetProperty("artifactLocation").GetProperty("uri").GetString()}:{location.GetProperty("region").GetProperty("startLine").GetInt32()} {result.GetProperty("ruleId").GetString()}";
            })
            .ToList();

        // SARIF paths are relative to the git work tree (the repository); console paths to the sample's folder.
        var console = run.Findings.Select(finding => $"samples/OpsPlatform/{finding.File}:{finding.Line} {finding.RuleId}").ToList();
        Assert.NotEmpty(console);
        Assert.Equal(console, results);
    }
}
