using System.Text.RegularExpressions;
using Introspect.Docs.Rules;
using Introspect.Testing;
using Microsoft.CodeAnalysis;

namespace Introspect.Analyzers.Tests.Conventions;

/// <summary>Keeps ids, docs pages, help links, release tracking and the README in step with the code.</summary>
public sealed partial class RuleConventionTests
{
    public static TheoryData<string> RuleIds => RuleCatalog.DescriptorIds();

    [Fact]
    public void EveryDeclaredId_IsReportedByExactlyOneAnalyzer()
    {
        var reported = RuleCatalog.Analyzers
            .SelectMany(analyzer => analyzer.SupportedDiagnostics.Select(descriptor => descriptor.Id))
            .ToList();

        Assert.Equal(RuleCatalog.DeclaredIds, reported.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(reported.Count, reported.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleId_FollowsTheFamilyScheme(string id)
    {
        Assert.Matches(IdPattern(), id);
        var expectedCategory = id[4] switch
        {
            '1' => RuleCategories.Threading,
            '2' => RuleCategories.Migrations,
            '3' => RuleCategories.Jobs,
            _ => "(no family)",
        };
        Assert.Equal(expectedCategory, RuleCatalog.Descriptor(id).Category);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_LinksToItsRulePage(string id) =>
        Assert.Equal(
            $"https://github.com/introspect-dev/introspect/blob/main/docs/rules/{id}.md",
            RuleCatalog.Descriptor(id).HelpLinkUri);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_HasAShortTitleAndAnActionableMessage(string id)
    {
        var descriptor = RuleCatalog.Descriptor(id);
        var title = descriptor.Title.ToString();
        Assert.InRange(title.Length, 10, 90);
        Assert.False(title.EndsWith('.'), $"{id}: a title is a short sentence without a full stop.");
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), $"{id} has no description.");
        Assert.True(descriptor.IsEnabledByDefault, $"{id} must be enabled by default.");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RulePage_ExistsWithMatchingTitleAndEverySection(string id)
    {
        var path = Path.Combine(RepositoryPaths.RuleDocs, $"{id}.md");
        Assert.True(File.Exists(path), $"{id} has no page at docs/rules/{id}.md.");

        var page = RulePage.Parse(File.ReadAllText(path));
        Assert.Equal(id, page.Id);
        Assert.Equal(RuleCatalog.Descriptor(id).Title.ToString(), page.Title);
        Assert.Equal(RulePage.RequiredSections, page.Sections.Intersect(RulePage.RequiredSections));
    }

    [Fact]
    public void EveryRulePage_BelongsToARule()
    {
        var pages = Directory.EnumerateFiles(RepositoryPaths.RuleDocs, "INTR*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal);

        Assert.Equal(RuleCatalog.Descriptors.Select(descriptor => descriptor.Id), pages);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_IsInReleaseTrackingWithItsCategoryAndSeverity(string id)
    {
        var descriptor = RuleCatalog.Descriptor(id);
        var entry = Assert.Single(ReleaseTrackingFile.ReadAll(), entry => entry.Id == id);

        Assert.Equal(descriptor.Category, entry.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), entry.Severity);
    }

    [Fact]
    public void ReadmeRulesTable_ListsEveryRuleWithItsTitleSeverityAndFix()
    {
        var expected = RuleCatalog.Descriptors.Select(descriptor => new ReadmeRule(
            descriptor.Id,
            $"docs/rules/{descriptor.Id}.md",
            descriptor.Title.ToString(),
            descriptor.DefaultSeverity.ToString(),
            RuleCatalog.FixableIds.Contains(descriptor.Id) ? "yes" : "no"));

        Assert.Equal(expected, ReadmeRulesTable.Read());
    }

    [Fact]
    public void EveryCodeFix_FixesAnIdThatExists()
    {
        Assert.NotEmpty(RuleCatalog.CodeFixes);
        foreach (var fix in RuleCatalog.CodeFixes)
        {
            Assert.NotEmpty(fix.FixableDiagnosticIds);
            Assert.All(fix.FixableDiagnosticIds, id => Assert.Contains(id, RuleCatalog.DeclaredIds));
            Assert.NotNull(fix.GetFixAllProvider());
        }
    }

    [Fact]
    public void EveryAnalyzerAndCodeFix_IsSealedAndForCSharp()
    {
        Assert.All(RuleCatalog.AnalyzerTypes, type =>
        {
            Assert.True(type.IsSealed, $"{type.Name} is not sealed.");
            var attribute = Assert.Single(type.GetCustomAttributes(typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerAttribute), false));
            Assert.Contains(LanguageNames.CSharp, ((Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerAttribute)attribute).Languages);
            Assert.EndsWith("Analyzer", type.Name, StringComparison.Ordinal);
        });
        Assert.All(RuleCatalog.CodeFixTypes, type =>
        {
            Assert.True(type.IsSealed, $"{type.Name} is not sealed.");
            Assert.EndsWith("Fixer", type.Name, StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"^INTR[123]\d{2}$")]
    private static partial Regex IdPattern();
}
