using System.Globalization;
using Introspect.Core.Analysis;
using Introspect.Core.Migrations;
using Introspect.Docs.Markdown;
using Introspect.Docs.Migrations;
using Introspect.Docs.Site;

namespace Introspect.Docs.Pages;

/// <summary>
/// Every migration in the order it is applied, each operation with its verdict (safe, breaks the running version,
/// blocks rollback, long lock), the rule that says so, and the expand-and-contract sequence to use instead.
/// </summary>
internal static class MigrationsPage
{
    private const string Path = SitePaths.Migrations;

    public static SitePage Build(SiteContent content)
    {
        var migrationFindings = content.Findings.Where(finding => finding.RuleId.StartsWith("INTR2", StringComparison.Ordinal)).ToList();
        var markdown = new MarkdownWriter()
            .Heading(1, "Migrations")
            .Paragraph(string.Create(CultureInfo.InvariantCulture, $"{content.Migrations.Count} migrations, {migrationFindings.Count} findings about them. ") +
                "An operation is **safe** when no migration rule flags it; otherwise the verdict says what goes wrong during a rolling deploy: " +
                "the previous release, still running, **breaks**; a **rollback** is blocked; or a **long lock** holds the table. Each flagged operation comes with the sequence to use instead.");

        var placed = new HashSet<Finding>();
        foreach (var migration in content.Migrations)
        {
            var inFile = migrationFindings.Where(finding => SamePath(finding.Location.FilePath, migration.FilePath)).ToList();
            placed.UnionWith(inFile);
            Migration(markdown, content, migration, inFile);
        }

        var elsewhere = migrationFindings.Where(finding => !placed.Contains(finding)).ToList();
        if (elsewhere.Count > 0)
        {
            markdown.Heading(2, "Findings outside a listed migration")
                .Paragraph("Migration rules also read the code that uses the schema (queries, the EF Core model) and the migration history.");
            foreach (var finding in elsewhere)
            {
                Finding(markdown, content, finding);
            }
        }

        return new SitePage(Path, "Migrations", markdown.ToString()) { Facets = ["Verdict"] };
    }

    private static void Migration(MarkdownWriter markdown, SiteContent content, MigrationSummary migration, IReadOnlyList<Finding> findings)
    {
        var verdicts = new Dictionary<MigrationOperationSummary, List<Finding>>();
        foreach (var operation in migration.Operations)
        {
            verdicts[operation] = [.. findings.Where(finding => finding.Location.Line >= operation.Line && finding.Location.Line <= operation.EndLine)];
        }

        var worst = MigrationVerdicts.Worst(findings.Select(finding => MigrationVerdicts.Of(finding.RuleId)));
        markdown.Heading(2, MarkdownText.Escape(migration.Name))
            .List(
            [
                $"Id {MarkdownText.Code(migration.Id)}, {MarkdownText.Escape(Framework(migration.Framework))}, provider {MarkdownText.Escape(migration.Provider)}, project {MarkdownText.Escape(migration.Project)}",
                $"In {Links.Location(content, migration.FilePath, migration.Line)}",
                $"Rollback: {MarkdownText.Escape(Rollback(migration.Rollback))}",
                $"Verdict: **{MarkdownText.Escape(worst)}**",
            ]);

        if (migration.Operations.IsEmpty)
        {
            markdown.Paragraph("Up has no operation Introspect reads.");
        }
        else
        {
            markdown.Table(
                ["#", "Operation", "Target", "Verdict", "Rule", "Line"],
                migration.Operations.Select((operation, index) => (IReadOnlyList<string>)
                [
                    (index + 1).ToString(CultureInfo.InvariantCulture),
                    MarkdownText.Cell(operation.Kind),
                    MarkdownText.Cell(Target(operation)),
                    MarkdownText.Cell(MigrationVerdicts.Worst(verdicts[operation].Select(finding => MigrationVerdicts.Of(finding.RuleId)))),
                    verdicts[operation].Count == 0 ? "-" : string.Join(", ", verdicts[operation].Select(finding => finding.RuleId).Distinct(StringComparer.Ordinal).Select(rule => Links.Rule(content, Path, rule))),
                    operation.Line.ToString(CultureInfo.InvariantCulture),
                ]));
        }

        foreach (var finding in findings)
        {
            Finding(markdown, content, finding);
        }
    }

    private static void Finding(MarkdownWriter markdown, SiteContent content, Finding finding)
    {
        markdown.Paragraph($"**{MarkdownText.Escape(MigrationVerdicts.Of(finding.RuleId))}**: {Links.Rule(content, Path, finding.RuleId)} at {Links.Location(content, finding)}: {MarkdownText.Escape(finding.Message)}");
        var steps = MigrationPlans.For(finding);
        if (steps.Count > 0)
        {
            markdown.Paragraph("Use instead:").NumberedList(steps.Select(MarkdownText.Escape));
        }
    }

    private static string Target(MigrationOperationSummary operation)
    {
        var target = operation.Table ?? string.Empty;
        if (operation.Column is { } column)
        {
            target = target.Length == 0 ? column : $"{target}.{column}";
        }

        return operation.NewName is { } newName ? $"{target} → {newName}" : target;
    }

    private static string Framework(string framework) => framework switch
    {
        "EfCore" => "EF Core",
        "SqlScript" => "SQL script",
        _ => framework,
    };

    private static string Rollback(string rollback) => rollback switch
    {
        "Present" => "Down undoes it",
        "Missing" => "no Down",
        "Empty" => "Down does nothing",
        "Throws" => "Down throws",
        "Automatic" => "derived from Up by the framework",
        _ => "the runner's business (a script)",
    };

    private static bool SamePath(string left, string right) =>
        string.Equals(System.IO.Path.GetFullPath(left), System.IO.Path.GetFullPath(right), StringComparison.Ordinal);
}
